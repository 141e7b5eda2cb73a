package org.splinelens.dynamics.gradient;

import java.util.Arrays;
import org.splinelens.core.network.ShallowLayout;

/**
 * The exact shallow sweep of {@link SweepShallowObjective} over data its owner sorts and {@linkplain #put loads}
 * before every call, for objectives whose points change between calls (a refilled minibatch): no rank table, whose
 * construction would cost an allocation per batch, so each switch index is the previous call's when still right and
 * otherwise a binary search over the whole batch — O(N + H log N) per call.
 *
 * <p>For parameters {@code (w, b, v, b0)} in {@link ShallowLayout}, unit i is active on the points with
 * {@code fl(fl(w_i x_n) + b_i) > 0} — the dense path's predicate, relu'(0) = 0 — which is monotone along sorted
 * inputs, so its active points are {@code [k_i, N)} for {@code w_i > 0}, {@code [0, k_i)} for {@code w_i < 0}, all or
 * none for {@code w_i = 0}, with {@code k_i} found on that very predicate. The forward pass sums each unit's
 * {@code v_i w_i} and {@code v_i b_i} into difference arrays over the sorted indices, so
 * {@code f(x_n) = b0 + A_n x_n + C_n}; compensated prefix sums of {@code e_n = f(x_n) − y_n} and {@code e_n x_n} give
 * each unit's active-side sums {@code E_i} and {@code X_i} in two loads, and
 * {@code ∂ℓ/∂w_i = v_i X_i}, {@code ∂ℓ/∂b_i = v_i E_i}, {@code ∂ℓ/∂v_i = w_i X_i + b_i E_i}, {@code ∂ℓ/∂b0 = Σ e_n}.
 * Allocation-free per call; not thread-safe.
 */
final class SortedSweep {
    private static final int SCRATCH_SLOTS = 8;

    private final int width;
    private final int size;
    /** The sorted inputs between −∞ and +∞: point n at n + 1, so entries k and k + 1 flank switch index k. */
    private final double[] inputs;
    private final double[] targets;
    /**
     * Difference arrays of the slope (at 2k) and intercept (at 2k + 1) of f over the sorted indices, then
     * {@link #SCRATCH_SLOTS} write-only slots for switches at 0 or N, spread over units so that their
     * read-modify-writes do not chain.
     */
    private final double[] delta;
    /** Compensated prefix sums before index n: at 4n, Σe (high, low) and Σe·x (high, low). */
    private final double[] prefix;
    /** By switch index k: at 4k, (Σe, Σe·x) over the prefix [0, k); at 4k + 2 over the suffix [k, N). */
    private final double[] activeSums;
    /** Per unit, where its active-side sums sit in {@link #activeSums}: 4k + 2 (rising) or 4k (falling). */
    private final int[] activeSlot;

    /** A sweep of {@code width} units over {@code size} points, all loaded before each call. */
    SortedSweep(int width, int size) {
        this.width = width;
        this.size = size;
        inputs = new double[size + 2];
        inputs[0] = Double.NEGATIVE_INFINITY;
        inputs[size + 1] = Double.POSITIVE_INFINITY;
        targets = new double[size];
        delta = new double[2 * (size + 1 + SCRATCH_SLOTS)];
        prefix = new double[4 * (size + 1)];
        activeSums = new double[4 * (size + 1)];
        activeSlot = new int[width];
    }

    /** Loads point {@code n} of the sorted data: the caller keeps {@code x} non-decreasing in {@code n}. */
    void put(int n, double x, double y) {
        inputs[n + 1] = x;
        targets[n] = y;
    }

    /**
     * Locates every unit's active range, runs the forward pass and, if asked, tabulates the active-side sums for
     * {@link #gradient}.
     *
     * @param theta parameters in {@link ShallowLayout}
     * @return {@code ½ Σ_n e_n²}
     */
    double forward(double[] theta, boolean activeSideSums) {
        final int h = width;
        final int n = size;
        Arrays.fill(delta, 0.0);
        double slopeStart = 0;
        double interceptStart = 0;
        for (int i = 0; i < h; i++) {
            double w = theta[i];
            double b = theta[h + i];
            int k;
            int falling;
            if (w != 0) {
                falling = (int) (Double.doubleToRawLongBits(w) >>> 63);
                boolean fallingUnit = falling == 1;
                // the previous call's switch index, confirmed by the predicate on its two neighbours: right for most
                // units when the points are the same as last time (the full data), rarely for a fresh minibatch
                k = activeSlot[i] >>> 2;
                if ((w * inputs[k] + b > 0) != fallingUnit || (w * inputs[k + 1] + b > 0) == fallingUnit) {
                    k = firstSwitch(w, b, fallingUnit);
                }
            } else {
                // a constant unit: active everywhere (a falling unit switching at N) or nowhere (rising at N)
                falling = b > 0 ? 1 : 0;
                k = n;
            }
            activeSlot[i] = 4 * k + 2 - 2 * falling;
            // masks instead of branches: the orientation is a coin flip per unit
            double v = theta[2 * h + i];
            double slope = v * w;
            double intercept = v * b;
            double fallingMask = falling;
            double fromStart = k > 0 ? fallingMask : 1 - fallingMask;
            slopeStart += fromStart * slope;
            interceptStart += fromStart * intercept;
            double sign = 1 - 2 * fallingMask;
            int at = k > 0 && k < n ? 2 * k : 2 * (n + 1 + (i & (SCRATCH_SLOTS - 1)));
            delta[at] += sign * slope;
            delta[at + 1] += sign * intercept;
        }
        delta[0] = slopeStart;
        delta[1] = interceptStart;
        return sweep(theta[3 * h], activeSideSums);
    }

    /** The pass over the sorted points: f from the difference arrays, the loss and the prefix sums. */
    private double sweep(double b0, boolean activeSideSums) {
        final int n = size;
        double slope = 0;
        double slopeLow = 0;
        double intercept = 0;
        double interceptLow = 0;
        double loss = 0;
        double r = 0;
        double rLow = 0;
        double m = 0;
        double mLow = 0;
        for (int j = 0; j < n; j++) {
            // Neumaier updates: the running sums absorb each unit's entry and exit without drift
            double slopeChange = delta[2 * j];
            double interceptChange = delta[2 * j + 1];
            double t = slope + slopeChange;
            slopeLow += Math.abs(slope) >= Math.abs(slopeChange) ? (slope - t) + slopeChange
                    : (slopeChange - t) + slope;
            slope = t;
            t = intercept + interceptChange;
            interceptLow += Math.abs(intercept) >= Math.abs(interceptChange) ? (intercept - t) + interceptChange
                    : (interceptChange - t) + intercept;
            intercept = t;
            double x = inputs[j + 1];
            double e = b0 + (slope + slopeLow) * x + (intercept + interceptLow) - targets[j];
            loss += e * e;
            if (activeSideSums) {
                prefix[4 * j] = r;
                prefix[4 * j + 1] = rLow;
                prefix[4 * j + 2] = m;
                prefix[4 * j + 3] = mLow;
                t = r + e;
                rLow += Math.abs(r) >= Math.abs(e) ? (r - t) + e : (e - t) + r;
                r = t;
                double ex = e * x;
                t = m + ex;
                mLow += Math.abs(m) >= Math.abs(ex) ? (m - t) + ex : (ex - t) + m;
                m = t;
            }
        }
        if (activeSideSums) {
            prefix[4 * n] = r;
            prefix[4 * n + 1] = rLow;
            prefix[4 * n + 2] = m;
            prefix[4 * n + 3] = mLow;
            // a suffix is the total minus a prefix, on the (high, low) pairs
            for (int k = 0; k <= n; k++) {
                int at = 4 * k;
                activeSums[at] = prefix[at] + prefix[at + 1];
                activeSums[at + 1] = prefix[at + 2] + prefix[at + 3];
                activeSums[at + 2] = (r - prefix[at]) + (rLow - prefix[at + 1]);
                activeSums[at + 3] = (m - prefix[at + 2]) + (mLow - prefix[at + 3]);
            }
        }
        return 0.5 * loss;
    }

    /**
     * Writes {@code ∇ℓ(θ)} in {@link ShallowLayout} from the active-side sums of the last
     * {@code forward(theta, true)}.
     */
    void gradient(double[] theta, double[] gradient) {
        final int h = width;
        for (int i = 0; i < h; i++) {
            int at = activeSlot[i];
            double e = activeSums[at];
            double ex = activeSums[at + 1];
            double v = theta[2 * h + i];
            gradient[i] = v * ex;
            gradient[h + i] = v * e;
            gradient[2 * h + i] = theta[i] * ex + theta[h + i] * e;
        }
        gradient[3 * h] = activeSums[4 * size];
    }

    /**
     * @return for {@code w ≠ 0}, the first sorted index where activity switches — the first active point if
     * {@code w > 0}, the first inactive one if {@code w < 0}, N if none — by binary search on the exact predicate
     * {@code active XOR (w < 0)}, false then true along the sorted data for either sign
     */
    private int firstSwitch(double w, double b, boolean fallingUnit) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((w * inputs[mid + 1] + b > 0) == fallingUnit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
