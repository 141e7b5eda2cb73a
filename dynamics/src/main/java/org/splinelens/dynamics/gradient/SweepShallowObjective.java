package org.splinelens.dynamics.gradient;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.splinelens.core.network.ShallowLayout;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * The exact shallow loss and gradient in O(N + H log N) per call, from the spline view (DESIGN.md, Performance).
 *
 * <p>The data are sorted by x once. Unit i is active on the points with {@code w_i x_n + b_i > 0} (relu'(0) = 0);
 * as the floating-point predicate {@code fl(fl(w_i x_n) + b_i) > 0} is monotone in {@code x_n}, its active points
 * are one index range — {@code [k_i, N)} for {@code w_i > 0}, {@code [0, k_i)} for {@code w_i < 0}, all or none for
 * {@code w_i = 0} — found by binary search on that very predicate, so the active sets agree exactly with the dense path
 * even for breakpoints on data points. Then:
 * <ul>
 * <li>forward: on its range unit i adds {@code v_i w_i} to the slope and {@code v_i b_i} to the intercept of
 * {@code f}; a difference array over the sorted indices gives {@code f(x_n) = b0 + A_n x_n + C_n} in one pass;</li>
 * <li>backward: with {@code e_n = f(x_n) − y_n} and prefix sums of {@code e_n} and {@code e_n x_n}, each unit's
 * active-side sums {@code E_i = Σ_{active} e_n} and {@code X_i = Σ_{active} e_n x_n} cost O(1), and
 * {@code ∂ℓ/∂w_i = v_i X_i}, {@code ∂ℓ/∂b_i = v_i E_i}, {@code ∂ℓ/∂v_i = w_i X_i + b_i E_i},
 * {@code ∂ℓ/∂b0 = Σ e_n}.</li>
 * </ul>
 * Every running sum is compensated (Neumaier), so range sums taken as prefix differences keep the accuracy of a direct
 * sum. Allocation-free per call; not thread-safe.
 */
public final class SweepShallowObjective implements Objective {
    private final int width;
    private final int size;
    private final double[] xs;
    private final double[] ys;
    private final double[] slopeDelta;
    private final double[] interceptDelta;
    private final double[] residualSum;
    private final double[] residualSumLow;
    private final double[] momentSum;
    private final double[] momentSumLow;
    private final int[] from;
    private final int[] to;

    /** @param x inputs and {@code y} targets, copied and sorted by x */
    public SweepShallowObjective(int width, double[] x, double[] y) {
        if (width < 0) {
            throw new IllegalArgumentException("width must be >= 0, got " + width);
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " != " + y.length);
        }
        this.width = width;
        this.size = x.length;
        Integer[] order = IntStream.range(0, size).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(n -> x[n]));
        xs = new double[size];
        ys = new double[size];
        for (int n = 0; n < size; n++) {
            xs[n] = x[order[n]];
            ys[n] = y[order[n]];
        }
        slopeDelta = new double[size + 1];
        interceptDelta = new double[size + 1];
        residualSum = new double[size + 1];
        residualSumLow = new double[size + 1];
        momentSum = new double[size + 1];
        momentSumLow = new double[size + 1];
        from = new int[width];
        to = new int[width];
    }

    @Override
    public int parameterCount() {
        return ShallowLayout.parameterCount(width);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double loss(double[] theta) {
        return forward(theta, false);
    }

    @Override
    public double lossAndGradient(double[] theta, double[] gradient) {
        if (gradient.length != theta.length) {
            throw new IllegalArgumentException("gradient length " + gradient.length + " != parameter count "
                    + theta.length);
        }
        double loss = forward(theta, true);
        final int h = width;
        for (int i = 0; i < h; i++) {
            int lo = from[i];
            int hi = to[i];
            double e = (residualSum[hi] - residualSum[lo]) + (residualSumLow[hi] - residualSumLow[lo]);
            double ex = (momentSum[hi] - momentSum[lo]) + (momentSumLow[hi] - momentSumLow[lo]);
            double v = theta[2 * h + i];
            gradient[i] = v * ex;
            gradient[h + i] = v * e;
            gradient[2 * h + i] = theta[i] * ex + theta[h + i] * e;
        }
        gradient[3 * h] = residualSum[size] + residualSumLow[size];
        return loss;
    }

    /** Locates every unit's active range, runs the forward pass and, if asked, the residual prefix sums. */
    private double forward(double[] theta, boolean prefixSums) {
        if (theta.length != ShallowLayout.parameterCount(width)) {
            throw new IllegalArgumentException("parameter vector length " + theta.length + " != 3H + 1 = "
                    + ShallowLayout.parameterCount(width));
        }
        final int h = width;
        Arrays.fill(slopeDelta, 0.0);
        Arrays.fill(interceptDelta, 0.0);
        for (int i = 0; i < h; i++) {
            double w = theta[i];
            double b = theta[h + i];
            double v = theta[2 * h + i];
            int lo;
            int hi;
            if (w > 0) {
                lo = firstActiveRising(w, b);
                hi = size;
            } else if (w < 0) {
                lo = 0;
                hi = firstInactiveFalling(w, b);
            } else {
                lo = 0;
                hi = b > 0 ? size : 0;
            }
            from[i] = lo;
            to[i] = hi;
            if (lo < hi) {
                double slope = v * w;
                double intercept = v * b;
                slopeDelta[lo] += slope;
                slopeDelta[hi] -= slope;
                interceptDelta[lo] += intercept;
                interceptDelta[hi] -= intercept;
            }
        }
        double b0 = theta[3 * h];
        double slope = 0;
        double slopeLow = 0;
        double intercept = 0;
        double interceptLow = 0;
        double loss = 0;
        double r = 0;
        double rLow = 0;
        double m = 0;
        double mLow = 0;
        for (int n = 0; n < size; n++) {
            // Neumaier updates: the running sums absorb each unit's entry and exit without drift
            double t = slope + slopeDelta[n];
            slopeLow += Math.abs(slope) >= Math.abs(slopeDelta[n]) ? (slope - t) + slopeDelta[n]
                    : (slopeDelta[n] - t) + slope;
            slope = t;
            t = intercept + interceptDelta[n];
            interceptLow += Math.abs(intercept) >= Math.abs(interceptDelta[n]) ? (intercept - t) + interceptDelta[n]
                    : (interceptDelta[n] - t) + intercept;
            intercept = t;
            double x = xs[n];
            double e = b0 + (slope + slopeLow) * x + (intercept + interceptLow) - ys[n];
            loss += e * e;
            if (prefixSums) {
                residualSum[n] = r;
                residualSumLow[n] = rLow;
                momentSum[n] = m;
                momentSumLow[n] = mLow;
                t = r + e;
                rLow += Math.abs(r) >= Math.abs(e) ? (r - t) + e : (e - t) + r;
                r = t;
                double ex = e * x;
                t = m + ex;
                mLow += Math.abs(m) >= Math.abs(ex) ? (m - t) + ex : (ex - t) + m;
                m = t;
            }
        }
        if (prefixSums) {
            residualSum[size] = r;
            residualSumLow[size] = rLow;
            momentSum[size] = m;
            momentSumLow[size] = mLow;
        }
        return 0.5 * loss;
    }

    /** @return the first sorted index with {@code w x + b > 0}, for {@code w > 0} (size if none) */
    private int firstActiveRising(double w, double b) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (w * xs[mid] + b > 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** @return the first sorted index with {@code w x + b <= 0}, for {@code w < 0} (size if none) */
    private int firstInactiveFalling(double w, double b) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (w * xs[mid] + b > 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public UnivariateNetwork network(double[] theta) {
        return ShallowNetwork.fromParameters(width, theta);
    }
}
