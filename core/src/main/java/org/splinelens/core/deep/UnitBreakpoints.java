package org.splinelens.core.deep;

import java.util.Arrays;
import java.util.Objects;

/**
 * The breakpoints induced by one hidden unit (paper 'functional characterization', Definition 1).
 *
 * @param layer       hidden layer, numbered from 1
 * @param unit        unit within the layer, numbered from 0
 * @param breakpoints the induced breakpoints {@code β_{i,k}^{(ℓ)}}, sorted: the points where the unit's activation
 *                    {@code [z_i^{(ℓ)}(x) > 0]} changes, i.e. the zero crossings of its pre-activation (a zero at which
 *                    {@code z} stays {@code <= 0} on both sides changes nothing and is not listed)
 * @param active      {@code active[k]}: the network output's slope changes at {@code breakpoints[k]} (our reading of
 *                    Def 1; its path-based readings are {@link PathActivity}'s)
 * @param deltaSlopes the unit's delta-slope at each breakpoint: the change in the output's slope when this unit
 *                    alone switches to its activation state right of the breakpoint, every other unit keeping its
 *                    state just left of it; for a shallow network this is {@code s_i μ_i}
 */
public record UnitBreakpoints(int layer, int unit, double[] breakpoints, boolean[] active, double[] deltaSlopes) {

    public UnitBreakpoints {
        if (breakpoints.length != active.length || breakpoints.length != deltaSlopes.length) {
            throw new IllegalArgumentException("unit breakpoints: arrays must have equal lengths");
        }
        breakpoints = breakpoints.clone();
        active = active.clone();
        deltaSlopes = deltaSlopes.clone();
    }

    @Override
    public double[] breakpoints() {
        return breakpoints.clone();
    }

    @Override
    public boolean[] active() {
        return active.clone();
    }

    @Override
    public double[] deltaSlopes() {
        return deltaSlopes.clone();
    }

    /** @return the number of breakpoints */
    public int breakpointCount() {
        return breakpoints.length;
    }

    /** Copies breakpoints, activity and delta-slopes into the three arrays from index {@code at}. */
    void copyInto(double[] beta, boolean[] on, double[] delta, int at) {
        System.arraycopy(breakpoints, 0, beta, at, breakpoints.length);
        System.arraycopy(active, 0, on, at, active.length);
        System.arraycopy(deltaSlopes, 0, delta, at, deltaSlopes.length);
    }

    /** @return the active breakpoints only */
    public double[] activeBreakpoints() {
        int count = 0;
        double[] out = new double[breakpoints.length];
        for (int k = 0; k < breakpoints.length; k++) {
            if (active[k]) {
                out[count++] = breakpoints[k];
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** @return {@code Σ_k Δ_k²} over this unit's breakpoints */
    public double roughness() {
        double sum = 0;
        for (double d : deltaSlopes) {
            sum += d * d;
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitBreakpoints other && layer == other.layer && unit == other.unit
                && Arrays.equals(breakpoints, other.breakpoints) && Arrays.equals(active, other.active)
                && Arrays.equals(deltaSlopes, other.deltaSlopes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(layer, unit, Arrays.hashCode(breakpoints), Arrays.hashCode(active),
                Arrays.hashCode(deltaSlopes));
    }

    @Override
    public String toString() {
        return "UnitBreakpoints[layer=" + layer + ", unit=" + unit + ", breakpoints=" + Arrays.toString(breakpoints)
                + ", active=" + Arrays.toString(active) + "]";
    }
}
