package org.splinelens.core.deep;

import java.util.List;

/**
 * The breakpoints induced by the units of one hidden layer. The units are held as one flat table (see
 * {@link UnitTable}), so a layer of a million units is a few arrays, not a million records.
 *
 * @param layer hidden layer, numbered from 1
 * @param units one entry per unit, in unit order: entry {@code u} is unit {@code u} of this layer; an immutable list
 */
public record LayerBreakpoints(int layer, List<UnitBreakpoints> units) {

    public LayerBreakpoints {
        units = UnitTable.of(layer, units);
    }

    /** @return the number of breakpoints induced by this layer (counted per unit) */
    public int breakpointCount() {
        return table().breakpointCount();
    }

    /** @return the number of this layer's breakpoints that are active in the output */
    public int activeCount() {
        return table().activeCount();
    }

    /**
     * Roughness of layer ℓ: {@code ρ^{(ℓ)} = Σ_{i ∈ layer ℓ} Σ_k (Δ_{i,k}^{(ℓ)})²}, the squared delta-slopes that the
     * layer's units put into the output at their breakpoints ({@link UnitBreakpoints#deltaSlopes()}), summed over
     * the units of the layer as in 'functional characterization' Fig 3 and App. 3.1.2. For a shallow network it is
     * the papers' {@code ρ = Σ μ_i²}; when no two units share a breakpoint the layers' roughnesses add up to the
     * roughness of the output function.
     */
    public double roughness() {
        return table().roughness();
    }

    /**
     * Flat access, for readers that walk every breakpoint of a wide layer without a record per unit: the layer's
     * breakpoints are numbered {@code 0 … breakpointCount() − 1}, unit by unit, each unit's in ascending order.
     *
     * @return the number of the first breakpoint of unit {@code unit}; its breakpoints are the numbers from there to
     *         {@code firstBreakpoint(unit + 1)}, and {@code firstBreakpoint(units().size())} is the count
     */
    public int firstBreakpoint(int unit) {
        return table().start(unit);
    }

    /** @return breakpoint number {@code index} of this layer (see {@link #firstBreakpoint}) */
    public double breakpoint(int index) {
        return table().breakpoint(index);
    }

    /** @return whether breakpoint number {@code index} is active, a knot of the output */
    public boolean isActive(int index) {
        return table().isActive(index);
    }

    /** @return the delta-slope at breakpoint number {@code index} */
    public double deltaSlope(int index) {
        return table().deltaSlope(index);
    }

    /** The constructor made {@code units} a table. */
    private UnitTable table() {
        return (UnitTable) units;
    }
}
