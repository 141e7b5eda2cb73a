package org.splinelens.dynamics.gradient;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.splinelens.core.network.ShallowLayout;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * The exact shallow loss and gradient in O(N + H log N) per call, from the spline view (docs/PERFORMANCE.md).
 *
 * <p>The data are sorted by x once. Unit i is active on the points with {@code w_i x_n + b_i > 0} (relu'(0) = 0);
 * as the floating-point predicate {@code fl(fl(w_i x_n) + b_i) > 0} is monotone in {@code x_n}, its active points
 * are one index range — {@code [k_i, N)} for {@code w_i > 0}, {@code [0, k_i)} for {@code w_i < 0}, all or none for
 * {@code w_i = 0}. The previous call's {@code k_i} is tried first: it is right exactly when the predicate, monotone
 * along the sorted data, flips between its two neighbours — true for nearly every unit between training steps — and
 * then {@code k_i ± 1}, where a unit that moved usually is.
 * Otherwise a {@link RankTable} brackets {@code k_i} in O(1) — to a single index when {@code β_i} is provably far from
 * every data point — and a binary search on that very predicate inside the bracket finds it, so the active sets agree
 * exactly with the dense path even for breakpoints on data points. Then:
 * <ul>
 * <li>forward: on its range unit i adds {@code v_i w_i} to the slope and {@code v_i b_i} to the intercept of
 * {@code f}; a difference array over the sorted indices gives {@code f(x_n) = b0 + A_n x_n + C_n} in one pass;</li>
 * <li>backward: with {@code e_n = f(x_n) − y_n} and prefix sums of {@code e_n} and {@code e_n x_n}, the sums over
 * every prefix {@code [0, k)} and suffix {@code [k, N)} are tabulated in O(N), so each unit's active-side sums
 * {@code E_i = Σ_{active} e_n} and {@code X_i = Σ_{active} e_n x_n} are two loads, and
 * {@code ∂ℓ/∂w_i = v_i X_i}, {@code ∂ℓ/∂b_i = v_i E_i}, {@code ∂ℓ/∂v_i = w_i X_i + b_i E_i},
 * {@code ∂ℓ/∂b0 = Σ e_n}.</li>
 * </ul>
 * Every running sum is compensated (Neumaier's sums, with branch-free TwoSum error terms) and a suffix is taken as
 * total minus prefix on the (high, low) pairs,
 * so the tabulated sums keep the accuracy of a direct sum. Allocation-free per call; not thread-safe.
 */
public final class SweepShallowObjective implements Objective {
    private final int width;
    private final int size;
    private final double[] xs;
    private final double[] ys;
    private static final int SCRATCH_SLOTS = 8;
    /**
     * Difference arrays of the slope (at 2k) and intercept (at 2k + 1) of f over the sorted indices, then
     * {@link #SCRATCH_SLOTS} write-only slots.
     */
    private final double[] delta;
    /** Compensated prefix sums before index n: at 4n, Σe (high, low) and Σe·x (high, low). */
    private final double[] prefix;
    /**
     * The active-side sums by switch index k: at 4k, (Σe, Σe·x) over the prefix [0, k) — a falling unit's active
     * points — and at 4k + 2 over the suffix [k, N) — a rising unit's.
     */
    private final double[] activeSums;
    /**
     * Per unit, where its active-side sums sit in {@link #activeSums}: {@code 4k + 2} (rising) or {@code 4k}
     * (falling) for switch index k, which the next call tries first.
     */
    private final int[] activeSlot;
    /** The sorted inputs between −∞ and +∞: {@code sentinelled[k]} and {@code [k + 1]} flank switch index k. */
    private final double[] sentinelled;
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
        delta = new double[2 * (size + 1 + SCRATCH_SLOTS)];
        prefix = new double[4 * (size + 1)];
        activeSums = new double[4 * (size + 1)];
        activeSlot = new int[width];
        sentinelled = new double[size + 2];
        sentinelled[0] = Double.NEGATIVE_INFINITY;
        System.arraycopy(xs, 0, sentinelled, 1, size);
        sentinelled[size + 1] = Double.POSITIVE_INFINITY;
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
            int at = activeSlot[i];
            double e = activeSums[at];
            double ex = activeSums[at + 1];
            double v = theta[2 * h + i];
            gradient[i] = v * ex;
            gradient[h + i] = v * e;
            gradient[2 * h + i] = theta[i] * ex + theta[h + i] * e;
        }
        gradient[3 * h] = activeSums[4 * size];
        return loss;
    }

    /** Locates every unit's active range, runs the forward pass and, if asked, tabulates the active-side sums. */
    private double forward(double[] theta, boolean activeSideSums) {
        if (theta.length != ShallowLayout.parameterCount(width)) {
            throw new IllegalArgumentException("parameter vector length " + theta.length + " != 3H + 1 = "
                    + ShallowLayout.parameterCount(width));
        }
        final int h = width;
        Arrays.fill(delta, 0.0);
        // A rising unit enters at its switch index, a falling one leaves there. Units active from index 0 are summed
        // in registers, and switches at 0 or N (which change nothing inside the data, and are frequent) go to scratch
        // slots past the end, spread over units: one shared slot would chain their read-modify-writes.
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
                // the previous call's switch index is still right for most units after a small step: confirm it
                // with the exact predicate on its two neighbours (sentinels ±∞ stand beyond the data)
                k = activeSlot[i] >>> 2;
                if (!switchesAt(w, b, fallingUnit, k)) {
                    // a unit that moved is most often one data point further: try both neighbours before searching
                    if (k < size && switchesAt(w, b, fallingUnit, k + 1)) {
                        k++;
                    } else if (k > 0 && switchesAt(w, b, fallingUnit, k - 1)) {
                        k--;
                    } else {
                        k = ranks == null ? firstSwitch(w, b, falling, 0, size) : switchInBracket(w, b, falling);
                    }
                }
            } else {
                // a constant unit: active everywhere (a falling unit switching at N) or nowhere (rising at N)
                falling = b > 0 ? 1 : 0;
                k = size;
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
            int at = k > 0 && k < size ? 2 * k : 2 * (size + 1 + (i & (SCRATCH_SLOTS - 1)));
            delta[at] += sign * slope;
            delta[at + 1] += sign * intercept;
        }
        delta[0] = slopeStart;
        delta[1] = interceptStart;
        return SweepSums.residuals(delta, xs, 0, ys, size, theta[3 * h], activeSideSums, prefix, activeSums);
    }

    /**
     * @return whether switch index k is the unit's: the exact predicate flips between the points that flank it, which
     *         holds for exactly one k as the predicate is monotone along the sorted data
     */
    private boolean switchesAt(double w, double b, boolean fallingUnit, int k) {
        return (w * sentinelled[k] + b > 0) == fallingUnit && (w * sentinelled[k + 1] + b > 0) != fallingUnit;
    }

    /** @return {@link #firstSwitch} searched only inside the rank table's bracket of {@code β = −b/w} */
    private int switchInBracket(double w, double b, int falling) {
        int bracket = ranks.bracket(-b / w);
        return firstSwitch(w, b, falling, ranks.low(bracket), ranks.high(bracket));
    }

    /**
     * @return for {@code w ≠ 0}, the first sorted index in {@code [lo, hi]} where activity switches: the first
     * active point if {@code w > 0}, the first inactive one if {@code w < 0} ({@code hi} if none), by binary search
     * on the exact predicate {@code active XOR (w < 0)}, which is false then true along the sorted data for either
     * sign; the caller guarantees the switch lies in the range
     */
    private int firstSwitch(double w, double b, int falling, int lo, int hi) {
        boolean fallingUnit = falling == 1;
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
