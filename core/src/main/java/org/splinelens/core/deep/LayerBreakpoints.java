package org.splinelens.core.deep;

import java.util.List;

/**
 * The breakpoints induced by the units of one hidden layer.
 *
 * @param layer hidden layer, numbered from 1
 * @param units one entry per unit, in unit order
 */
public record LayerBreakpoints(int layer, List<UnitBreakpoints> units) {

    public LayerBreakpoints {
        units = List.copyOf(units);
    }

    /** @return the number of breakpoints induced by this layer (counted per unit) */
    public int breakpointCount() {
        int count = 0;
        for (UnitBreakpoints unit : units) {
            count += unit.breakpoints().length;
        }
        return count;
    }

    /** @return the number of this layer's breakpoints that are active in the output */
    public int activeCount() {
        int count = 0;
        for (UnitBreakpoints unit : units) {
            count += unit.activeBreakpoints().length;
        }
        return count;
    }

    /**
     * Roughness of layer ℓ: {@code ρ^{(ℓ)} = Σ_{i ∈ layer ℓ} Σ_k (Δ_{i,k}^{(ℓ)})²}, the squared delta-slopes that the
     * layer's units put into the output at their breakpoints ({@link UnitBreakpoints#deltaSlopes()}), summed over
     * the units of the layer as in 'functional characterization' Fig 3 and App. 3.1.2. For a shallow network it is
     * the papers' {@code ρ = Σ μ_i²}; when no two units share a breakpoint the layers' roughnesses add up to the
     * roughness of the output function.
     */
    public double roughness() {
        double sum = 0;
        for (UnitBreakpoints unit : units) {
            sum += unit.roughness();
        }
        return sum;
    }
}
