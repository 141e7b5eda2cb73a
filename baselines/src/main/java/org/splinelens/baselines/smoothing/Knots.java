package org.splinelens.baselines.smoothing;

import org.splinelens.core.limits.PrecisionExceeded;
import org.splinelens.core.spline.SortOrder;

/**
 * The weighted data of a smoothing spline collapsed onto its knots, the distinct x: at knot {@code x_i} the summed
 * weight {@code w_i = Σ_{x_n = x_i} w_n} and the weighted mean {@code ȳ_i = Σ w_n y_n / w_i}. Since
 * {@code Σ_{x_n = x_i} w_n (y_n − c)² = w_i (ȳ_i − c)² + Σ_{x_n = x_i} w_n (y_n − ȳ_i)²} for every c, the criterion
 * of the full data is that of the collapsed data plus the constant {@link #within}, the weighted sum of squares
 * inside the ties; so the two have one minimiser. The knots are also mapped to {@code t = (x − x_1)/r} on
 * {@code [0, 1]}, {@code r = x_n − x_1}, where the banded system is solved (its entries scale as {@code 1/h²} in
 * the spacing, which in x units would overflow for data spread over a tiny range).
 */
final class Knots {
    /** The distinct x, ascending. */
    final double[] x;
    /** The knots on [0, 1]: {@code t_i = (x_i − x_1) / range}. */
    final double[] t;
    /** {@code t_{i+1} − t_i}, every one positive. */
    final double[] h;
    final double[] ybar;
    final double[] w;
    /** {@code Σ w_n (y_n − ȳ_{i(n)})²}, the part of every fit's RSS that no spline can reduce. */
    final double within;
    final double sumW;
    /** N, the observations (every weight is positive). */
    final int observations;
    final double range;

    private Knots(double[] x, double[] ybar, double[] w, double within, int observations) {
        int n = x.length;
        this.x = x;
        this.ybar = ybar;
        this.w = w;
        this.within = within;
        this.observations = observations;
        this.range = x[n - 1] - x[0];
        if (!Double.isFinite(range)) {
            throw new PrecisionExceeded("smoothing spline: the x range " + x[0] + " .. " + x[n - 1] + " overflows"
                    + " double precision; rescale x");
        }
        this.t = new double[n];
        this.h = new double[n - 1];
        for (int i = 0; i < n; i++) {
            t[i] = (x[i] - x[0]) / range;
        }
        t[n - 1] = 1;
        for (int i = 0; i < n - 1; i++) {
            h[i] = t[i + 1] - t[i];
            if (!(h[i] >= Double.MIN_NORMAL)) {
                throw new PrecisionExceeded("smoothing spline: x = " + x[i] + " and x = " + x[i + 1] + " are too close"
                        + " for double precision, relative to the x range " + range + "; rescale x or merge them");
            }
        }
        double s = 0;
        for (double wi : w) {
            s += wi;
        }
        this.sumW = s;
    }

    /**
     * @param x at least three distinct values, finite
     * @param y finite, as many as x
     * @param w positive and finite, as many as x
     */
    static Knots of(double[] x, double[] y, double[] w) {
        int size = x.length;
        if (y.length != size || w.length != size) {
            throw new IllegalArgumentException("smoothing spline: x, y and weights differ in length (" + size + ", "
                    + y.length + ", " + w.length + ")");
        }
        for (int k = 0; k < size; k++) {
            if (!Double.isFinite(x[k]) || !Double.isFinite(y[k])) {
                throw new IllegalArgumentException("smoothing spline: the point " + k + " (" + x[k] + ", " + y[k]
                        + ") is not finite");
            }
            if (!(w[k] > 0 && w[k] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("smoothing spline: weight " + k + " must be positive and finite,"
                        + " got " + w[k]);
            }
        }
        int[] order = SortOrder.ascending(x);
        int distinct = 0;
        for (int k = 0; k < size; k++) {
            if (k == 0 || x[order[k]] != x[order[k - 1]]) {
                distinct++;
            }
        }
        if (distinct < 3) {
            throw new IllegalArgumentException("smoothing spline: needs at least 3 distinct x values, got " + distinct);
        }
        double[] knots = new double[distinct];
        double[] sumW = new double[distinct];
        double[] mean = new double[distinct];
        int[] knotOf = new int[size];
        int i = -1;
        for (int k = 0; k < size; k++) {
            int p = order[k];
            if (k == 0 || x[p] != knots[i]) {
                knots[++i] = x[p];
            }
            knotOf[p] = i;
            sumW[i] += w[p];
        }
        // the weighted means as sums of w_n/w_i·y_n: never Σ w y, which overflows before the mean does
        for (int p = 0; p < size; p++) {
            mean[knotOf[p]] += w[p] / sumW[knotOf[p]] * y[p];
        }
        double within = 0;
        for (int p = 0; p < size; p++) {
            double e = y[p] - mean[knotOf[p]];
            within += w[p] * e * e;
        }
        return new Knots(knots, mean, sumW, within, size);
    }

    int size() {
        return x.length;
    }
}
