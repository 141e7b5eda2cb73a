package org.splinelens.core.spline;

import java.util.Arrays;
import java.util.Objects;
import org.splinelens.core.network.ShallowNetwork;

/**
 * A continuous piecewise-linear function in canonical form (paper 'shallow ReLU networks as splines', Eq. 2):
 * sorted distinct knots {@code κ_1 < … < κ_K} and {@code K + 1} pieces, piece {@code p} being
 * {@code f(x) = m_p x + γ_p} on {@code [κ_p, κ_{p+1})} with {@code κ_0 = −∞}, {@code κ_{K+1} = +∞}.
 *
 * <p>The constructor checks continuity at every knot (to a relative {@value #CONTINUITY_TOLERANCE}). Forms produced by
 * {@link #of(Bdso)} and by the deep breakpoint analysis are canonical: every knot is a true kink, i.e. its slope
 * jump exceeds {@value #KINK_TOLERANCE} times the sum of the magnitudes of the contributions to it.
 *
 * @param knots      {@code κ_1 < … < κ_K}
 * @param slopes     {@code m_0 … m_K}, left to right
 * @param intercepts {@code γ_0 … γ_K}, left to right (values at {@code x = 0} of each piece's line)
 */
public record Pwl(double[] knots, double[] slopes, double[] intercepts) {
    /** Relative size below which a slope jump is treated as exact cancellation, not a kink. */
    public static final double KINK_TOLERANCE = 1e-12;
    /** Relative mismatch allowed between the two lines meeting at a knot. */
    public static final double CONTINUITY_TOLERANCE = 1e-9;

    public Pwl {
        Objects.requireNonNull(knots, "knots");
        Objects.requireNonNull(slopes, "slopes");
        Objects.requireNonNull(intercepts, "intercepts");
        if (slopes.length != knots.length + 1 || intercepts.length != knots.length + 1) {
            throw new IllegalArgumentException("PWL: " + knots.length + " knots need " + (knots.length + 1)
                    + " slopes and intercepts, got " + slopes.length + " and " + intercepts.length);
        }
        for (int k = 0; k < knots.length; k++) {
            if (!Double.isFinite(knots[k])) {
                throw new IllegalArgumentException("PWL: knot " + k + " is not finite");
            }
            if (k > 0 && !(knots[k] > knots[k - 1])) {
                throw new IllegalArgumentException("PWL: knots must be strictly increasing, but knot " + k + " ("
                        + knots[k] + ") <= knot " + (k - 1) + " (" + knots[k - 1] + ")");
            }
        }
        for (int p = 0; p < slopes.length; p++) {
            if (!Double.isFinite(slopes[p]) || !Double.isFinite(intercepts[p])) {
                throw new IllegalArgumentException("PWL: piece " + p + " has a non-finite slope or intercept");
            }
        }
        for (int k = 0; k < knots.length; k++) {
            double left = slopes[k] * knots[k] + intercepts[k];
            double right = slopes[k + 1] * knots[k] + intercepts[k + 1];
            double scale = Math.max(Math.max(Math.abs(slopes[k] * knots[k]), Math.abs(intercepts[k])),
                    Math.max(Math.abs(slopes[k + 1] * knots[k]), Math.abs(intercepts[k + 1])));
            if (Math.abs(left - right) > CONTINUITY_TOLERANCE * scale + Double.MIN_NORMAL) {
                throw new IllegalArgumentException("PWL: not continuous at knot " + k + " (x = " + knots[k]
                        + "): left piece gives " + left + ", right piece gives " + right);
            }
        }
        knots = knots.clone();
        slopes = slopes.clone();
        intercepts = intercepts.clone();
    }

    /**
     * The canonical form of a BDSO spline: units sorted by breakpoint, units with equal breakpoints merged into one
     * knot with slope jump {@code Σ s_i μ_i}, knots whose contributions cancel dropped. Slopes and intercepts are
     * compensated prefix sums over the units active on each piece (a unit adds {@code μ_i} to the slope and
     * {@code −μ_i β_i} to the intercept where it is active). O(H log H), a primitive sort ({@link SortOrder}).
     */
    public static Pwl of(Bdso bdso) {
        int h = bdso.size();
        int[] order = SortOrder.ascending(bdso.breakpoints());

        CompensatedSum slope = new CompensatedSum();
        CompensatedSum intercept = new CompensatedSum();
        intercept.add(bdso.constant());
        for (int i = 0; i < h; i++) {
            if (bdso.orientation(i) < 0) {
                slope.add(bdso.deltaSlope(i));
                intercept.add(-bdso.deltaSlope(i) * bdso.breakpoint(i));
            }
        }
        double[] knots = new double[h];
        double[] slopes = new double[h + 1];
        double[] intercepts = new double[h + 1];
        slopes[0] = slope.value();
        intercepts[0] = intercept.value();
        int k = 0;
        int g = 0;
        while (g < h) {
            double at = bdso.breakpoint(order[g]);
            double jump = 0;
            double magnitude = 0;
            for (; g < h && bdso.breakpoint(order[g]) == at; g++) {
                int i = order[g];
                // crossing β_i left to right: a right-oriented unit switches on, a left-oriented one off
                double sign = bdso.orientation(i);
                double mu = bdso.deltaSlope(i);
                slope.add(sign * mu);
                intercept.add(-sign * mu * at);
                jump += sign * mu;
                magnitude += Math.abs(mu);
            }
            double netSlope = slope.value();
            double netIntercept = intercept.value();
            if (Math.abs(jump) > KINK_TOLERANCE * magnitude) {
                knots[k] = at;
                k++;
            }
            slopes[k] = netSlope;
            intercepts[k] = netIntercept;
        }
        return new Pwl(Arrays.copyOf(knots, k), Arrays.copyOf(slopes, k + 1), Arrays.copyOf(intercepts, k + 1));
    }

    /**
     * The CPWL interpolant through {@code (x_k, y_k)} with the given outer slopes: knots at every {@code x_k}
     * (a knot without a slope change is dropped, so the result is canonical).
     *
     * @param x          strictly increasing, at least one point
     * @param y          values, same length
     * @param leftSlope  slope on {@code (−∞, x_1]}
     * @param rightSlope slope on {@code [x_K, ∞)}
     */
    public static Pwl throughPoints(double[] x, double[] y, double leftSlope, double rightSlope) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("PWL through points: need equal, non-zero numbers of x and y, got "
                    + x.length + " and " + y.length);
        }
        int n = x.length;
        double[] slopes = new double[n + 1];
        double[] intercepts = new double[n + 1];
        slopes[0] = leftSlope;
        intercepts[0] = y[0] - leftSlope * x[0];
        for (int p = 1; p < n; p++) {
            slopes[p] = (y[p] - y[p - 1]) / (x[p] - x[p - 1]);
            intercepts[p] = y[p - 1] - slopes[p] * x[p - 1];
        }
        slopes[n] = rightSlope;
        intercepts[n] = y[n - 1] - rightSlope * x[n - 1];
        return new Pwl(x, slopes, intercepts).withoutRedundantKnots();
    }

    /** @return the same function without knots whose slope jump is exactly zero */
    public Pwl withoutRedundantKnots() {
        int kept = 0;
        double[] k2 = new double[knots.length];
        double[] s2 = new double[slopes.length];
        double[] i2 = new double[intercepts.length];
        s2[0] = slopes[0];
        i2[0] = intercepts[0];
        for (int k = 0; k < knots.length; k++) {
            if (slopes[k + 1] != slopes[k]) {
                k2[kept] = knots[k];
                kept++;
            }
            s2[kept] = slopes[k + 1];
            i2[kept] = intercepts[k + 1];
        }
        if (kept == knots.length) {
            return this;
        }
        return new Pwl(Arrays.copyOf(k2, kept), Arrays.copyOf(s2, kept + 1), Arrays.copyOf(i2, kept + 1));
    }

    /** @return the number of knots K */
    public int knotCount() {
        return knots.length;
    }

    /** @return the number of linear pieces on the whole line, {@code K + 1} */
    public int pieces() {
        return knots.length + 1;
    }

    /**
     * @return the number of maximal linear pieces of the restriction to {@code [a, b]}: one more than the number of
     *         knots strictly inside {@code (a, b)}
     */
    public int piecesIn(double a, double b) {
        if (!(a <= b)) {
            throw new IllegalArgumentException("domain [" + a + ", " + b + "] is empty");
        }
        int count = 1;
        for (double knot : knots) {
            if (knot > a && knot < b) {
                count++;
            }
        }
        return count;
    }

    /** @return the index of the piece holding {@code x}: the number of knots {@code <= x} */
    public int pieceOf(double x) {
        return SortOrder.countAtMost(knots, x);
    }

    /** @return {@code f(x)} */
    public double value(double x) {
        int p = pieceOf(x);
        return slopes[p] * x + intercepts[p];
    }

    /** @return the slope jumps {@code m_k − m_{k−1}} at each knot, left to right */
    public double[] slopeJumps() {
        double[] jumps = new double[knots.length];
        for (int k = 0; k < knots.length; k++) {
            jumps[k] = slopes[k + 1] - slopes[k];
        }
        return jumps;
    }

    @Override
    public double[] knots() {
        return knots.clone();
    }

    @Override
    public double[] slopes() {
        return slopes.clone();
    }

    @Override
    public double[] intercepts() {
        return intercepts.clone();
    }

    public double knot(int k) {
        return knots[k];
    }

    public double slope(int p) {
        return slopes[p];
    }

    public double intercept(int p) {
        return intercepts[p];
    }

    /**
     * A shallow network computing exactly this function, with {@code K + 1} units for {@code K >= 1} knots:
     * {@code f(x) = f(κ_1) − m_0 relu(κ_1 − x) + m_1 relu(x − κ_1) + Σ_{k>=2} (m_k − m_{k−1}) relu(x − κ_k)};
     * every unit has {@code |w| = 1}, so its breakpoint is the knot itself. A line {@code m x + γ} (no knots) uses
     * {@code m relu(x) − m relu(−x)} (two units) or none when {@code m = 0}. This realises any CPWL function,
     * outer slopes included, for the papers' 'spiky' initialization.
     */
    public ShallowNetwork toShallowNetwork() {
        int kCount = knots.length;
        if (kCount == 0) {
            if (slopes[0] == 0) {
                return ShallowNetwork.of(new double[0], new double[0], new double[0], intercepts[0]);
            }
            return ShallowNetwork.of(new double[] {1, -1}, new double[] {0, 0},
                    new double[] {slopes[0], -slopes[0]}, intercepts[0]);
        }
        double[] w = new double[kCount + 1];
        double[] b = new double[kCount + 1];
        double[] v = new double[kCount + 1];
        double first = knots[0];
        w[0] = -1;
        b[0] = first;
        v[0] = -slopes[0];
        w[1] = 1;
        b[1] = -first;
        v[1] = slopes[1];
        for (int k = 1; k < kCount; k++) {
            w[k + 1] = 1;
            b[k + 1] = -knots[k];
            v[k + 1] = slopes[k + 1] - slopes[k];
        }
        double valueAtFirstKnot = slopes[0] * first + intercepts[0];
        return ShallowNetwork.of(w, b, v, valueAtFirstKnot);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pwl other && Arrays.equals(knots, other.knots) && Arrays.equals(slopes, other.slopes)
                && Arrays.equals(intercepts, other.intercepts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(knots), Arrays.hashCode(slopes), Arrays.hashCode(intercepts));
    }

    @Override
    public String toString() {
        return "Pwl[knots=" + Arrays.toString(knots) + ", slopes=" + Arrays.toString(slopes) + ", intercepts="
                + Arrays.toString(intercepts) + "]";
    }
}
