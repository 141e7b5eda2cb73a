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

    /** The constructor made {@code units} a table. */
    private UnitTable table() {
        return (UnitTable) units;
    }
}
