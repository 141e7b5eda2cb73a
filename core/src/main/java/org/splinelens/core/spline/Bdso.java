package org.splinelens.core.spline;

import java.util.Arrays;
import java.util.Objects;
import org.splinelens.core.network.ShallowNetwork;

/**
 * The breakpoint / delta-slope / orientation parametrization (paper 'shallow ReLU networks as splines', Eq. 1):
 * {@code f(x) = c + Σ_i μ_i (x − β_i)_{s_i}}, where {@code (x − β)_{+1} = (x − β)[x > β]} and
 * {@code (x − β)_{−1} = (x − β)[x < β]}. For a network unit with {@code w_i ≠ 0}: {@code β_i = −b_i/w_i},
 * {@code μ_i = w_i v_i}, {@code s_i = sgn w_i}; the slope of {@code f} jumps by {@code s_i μ_i} at {@code β_i}.
 *
 * <p>A unit with {@code w_i = 0} is the constant {@code v_i relu(b_i)} and is folded into {@code constant}, which
 * also holds the output bias {@code b0}. When {@code −b_i/w_i} overflows (a subnormal {@code w_i}), the breakpoint
 * is clamped to {@code ±Double.MAX_VALUE}, which leaves {@code f} unchanged on every finite double but that one.
 *
 * @param breakpoints  {@code β_i}
 * @param deltaSlopes  {@code μ_i}
 * @param orientations {@code s_i ∈ {−1, +1}}
 * @param constant     {@code c = b0 + Σ_{w_i = 0} v_i relu(b_i)}
 */
public record Bdso(double[] breakpoints, double[] deltaSlopes, int[] orientations, double constant) {

    public Bdso {
        Objects.requireNonNull(breakpoints, "breakpoints");
        Objects.requireNonNull(deltaSlopes, "deltaSlopes");
        Objects.requireNonNull(orientations, "orientations");
        if (breakpoints.length != deltaSlopes.length || breakpoints.length != orientations.length) {
            throw new IllegalArgumentException("BDSO: breakpoints, deltaSlopes and orientations must have equal "
                    + "lengths, got " + breakpoints.length + ", " + deltaSlopes.length + ", " + orientations.length);
        }
        for (int i = 0; i < breakpoints.length; i++) {
            if (!Double.isFinite(breakpoints[i]) || !Double.isFinite(deltaSlopes[i])) {
                throw new IllegalArgumentException("BDSO: unit " + i + " has a non-finite breakpoint or delta-slope");
            }
            if (orientations[i] != 1 && orientations[i] != -1) {
                throw new IllegalArgumentException("BDSO: orientation " + i + " must be +1 or -1, got "
                        + orientations[i]);
            }
        }
        if (!Double.isFinite(constant)) {
            throw new IllegalArgumentException("BDSO: constant is not finite");
        }
        breakpoints = breakpoints.clone();
        deltaSlopes = deltaSlopes.clone();
        orientations = orientations.clone();
    }

    /** The BDSO form of a shallow network (Eq. 1), exact: no division by a zero weight ever happens. */
    public static Bdso of(ShallowNetwork network) {
        int h = network.width();
        int units = 0;
        for (int i = 0; i < h; i++) {
            if (network.w(i) != 0) {
                units++;
            }
        }
        double[] beta = new double[units];
        double[] mu = new double[units];
        int[] s = new int[units];
        double constant = network.b0();
        int k = 0;
        for (int i = 0; i < h; i++) {
            double w = network.w(i);
            double b = network.b(i);
            double v = network.v(i);
            if (w == 0) {
                constant += v * Math.max(b, 0.0);
                continue;
            }
            double breakpoint = -b / w;
            if (Double.isInfinite(breakpoint)) {
                breakpoint = Math.copySign(Double.MAX_VALUE, breakpoint);
            }
            beta[k] = breakpoint;
            mu[k] = w * v;
            s[k] = w > 0 ? 1 : -1;
            k++;
        }
        return new Bdso(beta, mu, s, constant);
    }

    /** @return the number of units with a breakpoint */
    public int size() {
        return breakpoints.length;
    }

    @Override
    public double[] breakpoints() {
        return breakpoints.clone();
    }

    @Override
    public double[] deltaSlopes() {
        return deltaSlopes.clone();
    }

    @Override
    public int[] orientations() {
        return orientations.clone();
    }

    public double breakpoint(int i) {
        return breakpoints[i];
    }

    public double deltaSlope(int i) {
        return deltaSlopes[i];
    }

    public int orientation(int i) {
        return orientations[i];
    }

    /** @return {@code f(x) = c + Σ μ_i (x − β_i)_{s_i}} */
    public double value(double x) {
        double f = constant;
        for (int i = 0; i < breakpoints.length; i++) {
            double d = x - breakpoints[i];
            if (orientations[i] > 0 ? d > 0 : d < 0) {
                f += deltaSlopes[i] * d;
            }
        }
        return f;
    }

    /** @return the canonical PWL form (Eq. 2); see {@link Pwl#of(Bdso)} */
    public Pwl toPwl() {
        return Pwl.of(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bdso other && Arrays.equals(breakpoints, other.breakpoints)
                && Arrays.equals(deltaSlopes, other.deltaSlopes) && Arrays.equals(orientations, other.orientations)
                && Double.compare(constant, other.constant) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(breakpoints), Arrays.hashCode(deltaSlopes),
                Arrays.hashCode(orientations), constant);
    }

    @Override
    public String toString() {
        return "Bdso[breakpoints=" + Arrays.toString(breakpoints) + ", deltaSlopes=" + Arrays.toString(deltaSlopes)
                + ", orientations=" + Arrays.toString(orientations) + ", constant=" + constant + "]";
    }
}
