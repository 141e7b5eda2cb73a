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
 * {@code w_i = 0}. {@code k_i} is read in O(1) from a {@link RankTable} when {@code β_i} is provably far from every
 * data point, else found by binary search on that very predicate, so the active sets agree exactly with the dense
 * path even for breakpoints on data points. Then:
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
    private static final int REPLICAS = 4;
    private final int width;
    private final int size;
    private final double[] xs;
    private final double[] ys;
    /**
     * Difference arrays of the slope and intercept of f, in {@link #REPLICAS} copies at {@code 2 (R k + r)} (slope)
     * and {@code 2 (R k + r) + 1} (intercept): unit i writes copy {@code i mod R}, so consecutive units never update
     * the same address and the processor need not serialise their read-modify-writes.
     */
    private final double[] delta;
    /**
     * Compensated prefix sums before index n, interleaved so a unit's range reads two cache lines: at 4n, Σe (high,
     * low) and Σe·x (high, low).
     */
    private final double[] prefix;
    private final int[] from;
    private final int[] to;
    private final int[] switchIndex;
    private final int[] fallingUnit;
    private final RankTable ranks;

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
        delta = new double[2 * REPLICAS * (size + 1)];
        prefix = new double[4 * (size + 1)];
        from = new int[width];
        to = new int[width];
        switchIndex = new int[width];
        fallingUnit = new int[width];
        ranks = RankTable.of(xs);
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
            int lo = 4 * from[i];
            int hi = 4 * to[i];
            double e = (prefix[hi] - prefix[lo]) + (prefix[hi + 1] - prefix[lo + 1]);
            double ex = (prefix[hi + 2] - prefix[lo + 2]) + (prefix[hi + 3] - prefix[lo + 3]);
            double v = theta[2 * h + i];
            gradient[i] = v * ex;
            gradient[h + i] = v * e;
            gradient[2 * h + i] = theta[i] * ex + theta[h + i] * e;
        }
        gradient[3 * h] = prefix[4 * size] + prefix[4 * size + 1];
        return loss;
    }

    /** Locates every unit's active range, runs the forward pass and, if asked, the residual prefix sums. */
    private double forward(double[] theta, boolean prefixSums) {
        if (theta.length != ShallowLayout.parameterCount(width)) {
            throw new IllegalArgumentException("parameter vector length " + theta.length + " != 3H + 1 = "
                    + ShallowLayout.parameterCount(width));
        }
        final int h = width;
        Arrays.fill(delta, 0.0);
        for (int i = 0; i < h; i++) {
            double w = theta[i];
            double b = theta[h + i];
            int k;
            int falling;
            if (w != 0) {
                falling = (int) (Double.doubleToRawLongBits(w) >>> 63);
                k = ranks == null ? -1 : ranks.rank(-b / w);
                if (k < 0) {
                    k = firstSwitch(w, b, falling);
                }
            } else {
                // a constant unit: active everywhere (a falling unit switching at N) or nowhere (rising at N)
                falling = b > 0 ? 1 : 0;
                k = size;
            }
            switchIndex[i] = k;
            fallingUnit[i] = falling;
            // masks instead of branches: the orientation is a coin flip per unit
            from[i] = k & (falling - 1);
            to[i] = k + ((size - k) & (falling - 1));
        }
        // Difference arrays: a rising unit enters at its switch index, a falling one is active from the start and
        // leaves there. Entries at index N are never read. The start is summed in registers, not in a shared slot,
        // whose read-modify-write chain would serialise half the units.
        double slopeStart = 0;
        double interceptStart = 0;
        for (int i = 0; i < h; i++) {
            int k = switchIndex[i];
            double falling = fallingUnit[i];
            double v = theta[2 * h + i];
            double slope = v * theta[i];
            double intercept = v * theta[h + i];
            slopeStart += falling * slope;
            interceptStart += falling * intercept;
            double sign = 1 - 2 * falling;
            int at = 2 * (REPLICAS * k + (i & (REPLICAS - 1)));
            delta[at] += sign * slope;
            delta[at + 1] += sign * intercept;
        }
        delta[0] += slopeStart;
        delta[1] += interceptStart;
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
            int at = 2 * REPLICAS * n;
            double slopeChange = 0;
            double interceptChange = 0;
            for (int copy = 0; copy < 2 * REPLICAS; copy += 2) {
                slopeChange += delta[at + copy];
                interceptChange += delta[at + copy + 1];
            }
            double t = slope + slopeChange;
            slopeLow += Math.abs(slope) >= Math.abs(slopeChange) ? (slope - t) + slopeChange
                    : (slopeChange - t) + slope;
            slope = t;
            t = intercept + interceptChange;
            interceptLow += Math.abs(intercept) >= Math.abs(interceptChange) ? (intercept - t) + interceptChange
                    : (interceptChange - t) + intercept;
            intercept = t;
            double x = xs[n];
            double e = b0 + (slope + slopeLow) * x + (intercept + interceptLow) - ys[n];
            loss += e * e;
            if (prefixSums) {
                prefix[4 * n] = r;
                prefix[4 * n + 1] = rLow;
                prefix[4 * n + 2] = m;
                prefix[4 * n + 3] = mLow;
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
            prefix[4 * size] = r;
            prefix[4 * size + 1] = rLow;
            prefix[4 * size + 2] = m;
            prefix[4 * size + 3] = mLow;
        }
        return 0.5 * loss;
    }

    /**
     * @return for {@code w ≠ 0}, the first sorted index where activity switches: the first active point if
     * {@code w > 0}, the first inactive one if {@code w < 0} ({@code size} if none), by binary search on the exact
     * predicate {@code active XOR (w < 0)}, which is false then true along the sorted data for either sign
     */
    private int firstSwitch(double w, double b, int falling) {
        boolean fallingUnit = falling == 1;
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((w * xs[mid] + b > 0) == fallingUnit) {
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
