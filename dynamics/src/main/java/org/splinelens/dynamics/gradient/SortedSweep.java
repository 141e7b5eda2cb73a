package org.splinelens.dynamics.gradient;

import java.util.Arrays;

/**
 * The exact shallow sweep of {@link SweepShallowObjective} over data that its owner sorts and {@linkplain #put loads}
 * before every call, for objectives whose points change between calls (a refilled minibatch): O(N + H) per call, plus
 * O(log N) for each unit whose switch is not found at once. The units' parameters come as separate arrays
 * {@code w, b, v} (and {@code b0}), so that an owner computing them, like the batch normaliser, can do so in loops the
 * JIT vectorises.
 *
 * <p>Unit i is active on the points with {@code fl(fl(w_i x_n) + b_i) > 0} — the dense path's predicate,
 * relu'(0) = 0 — which is monotone along sorted inputs, so its active points are {@code [k_i, N)} for
 * {@code w_i > 0}, {@code [0, k_i)} for {@code w_i < 0}, all or none for {@code w_i = 0}. Every switch index is the
 * dense path's exactly, a point on a breakpoint included: each is proven or checked on that very predicate (the point
 * before it, or −∞, before the switch; the point at it, or +∞, after), by the first of
 * <ul>
 * <li>the previous call's {@code k_i}, checked, when the points are likely the same as last time (the full data);</li>
 * <li>for fresh points, a table of equal cells of width W over {@code [x_0, x_{N−1}]} — about one per unit, from 2
 * to {@value #MOST_CELLS_PER_POINT} per point, as its O(cells) rebuild per batch pays for itself — and the cell of
 * {@code β̃_i = fl(−b_i/w_i)}. If that cell and its two neighbours hold no point, the switch is the number of points
 * in lower cells, proven as in {@link RankTable}: every point is then about a cell width W from β̃_i, and W is large
 * against the rounding — with {@code W > 1e-12 max|x|} and {@code |w_i| W >= 2⁻¹⁰⁰⁰},
 * {@code |w_i (x_n − β_i)| >= |w_i| W / 2} exceeds both the error {@code |w_i x_n| 2⁻⁵³ + 2⁻¹⁰⁷⁵} of
 * {@code fl(fl(w_i x_n) + b_i)} (which, a rounded sum of two doubles, has the sign of the sum it rounds) and the shift
 * {@code |β_i| 2⁻⁵³} of β̃_i, so the predicate has the sign of {@code w_i (x_n − β_i)}. Else, if the cell holds at
 * most one point, the switch is checked around the cell and placed by that point; else</li>
 * <li>a binary search among the points of that cell, when a check brackets the switch there, or over the batch.</li>
 * </ul>
 * The common cases are decided without a branch on the data: with fresh points and a coin-flip orientation per unit,
 * a branch on the predicate is mispredicted half the time, which cost more than everything else here.
 *
 * <p>The forward pass sums each unit's {@code v_i w_i} and {@code v_i b_i} into difference arrays over the sorted
 * indices, so {@code f(x_n) = b0 + A_n x_n + C_n}; compensated prefix sums of {@code e_n = f(x_n) − y_n} and
 * {@code e_n x_n} give each unit's active-side sums {@code E_i} and {@code X_i} in two loads, and
 * {@code ∂ℓ/∂w_i = v_i X_i}, {@code ∂ℓ/∂b_i = v_i E_i}, {@code ∂ℓ/∂v_i = w_i X_i + b_i E_i}, {@code ∂ℓ/∂b0 = Σ e_n}.
 * Allocation-free per call; not thread-safe.
 */
final class SortedSweep {
    private static final int COPIES = 8;
    private static final int MOST_CELLS_PER_POINT = 32;

    private final int width;
    private final int size;
    /** The sorted inputs between −∞ and +∞: point n at n + 1, so entries k and k + 1 flank switch index k. */
    private final double[] inputs;
    private final double[] targets;
    /**
     * Difference arrays of the slope and intercept of f over the sorted indices 0 … N (N: write-only), in
     * {@link #COPIES} interleaved copies that the units take in turn, summed by the sweep: the change of the slope at
     * index k is {@code Σ_c delta[2·COPIES·k + c]} and of the intercept {@code Σ_c delta[2·COPIES·k + COPIES + c]}.
     * The copies keep the read-modify-writes of units that switch at the same index — all of them at the
     * normaliser's start δ = 0, where every breakpoint is the batch mean — from chaining into one long dependency.
     */
    private final double[] delta;
    /** Compensated prefix sums before index n: at 4n, Σe (high, low) and Σe·x (high, low). */
    private final double[] prefix;
    /** By switch index k: at 4k, (Σe, Σe·x) over the prefix [0, k); at 4k + 2 over the suffix [k, N). */
    private final double[] activeSums;
    /** Per unit, where its active-side sums sit in {@link #activeSums}: 4k + 2 (rising) or 4k (falling). */
    private final int[] activeSlot;
    /** Per unit, the {@link #position} of {@code fl(−b_i/w_i)}. */
    private final double[] breakpointPosition;
    /** The units left to {@link #slot} after the branch-free pass of {@link #locate}. */
    private final int[] unsure;
    private final int cells;
    /** For cell c of {@link #cell}: {@code ranks[c + 1]} points lie in cells below c (and none below −1 or 0). */
    private final int[] ranks;
    private double origin;
    private double cellsPerUnit;
    /**
     * The least |w| for which a unit whose breakpoint is a cell width from every point switches where the cells say,
     * without a check ({@link #locate}); +∞ when the cells are too fine for that argument.
     */
    private double provenWeight;
    private boolean samePoints;
    /** Whether {@link #ranks} has been built at all (a stale table costs checks, never exactness). */
    private boolean tabulated;

    /** A sweep of {@code width} units over {@code size} points, all loaded before each call. */
    SortedSweep(int width, int size) {
        this.width = width;
        this.size = size;
        inputs = new double[size + 2];
        inputs[0] = Double.NEGATIVE_INFINITY;
        inputs[size + 1] = Double.POSITIVE_INFINITY;
        targets = new double[size];
        delta = new double[2 * COPIES * (size + 1)];
        prefix = new double[4 * (size + 1)];
        activeSums = new double[4 * (size + 1)];
        activeSlot = new int[width];
        breakpointPosition = new double[width];
        unsure = new int[width];
        cells = Math.max(2 * Math.max(1, size), Math.min(width, MOST_CELLS_PER_POINT * Math.max(1, size)));
        ranks = new int[cells + 8];
    }

    /** Loads point {@code n} of the sorted data: the caller keeps {@code x} non-decreasing in {@code n}. */
    void put(int n, double x, double y) {
        inputs[n + 1] = x;
        targets[n] = y;
    }

    /**
     * Completes a load of all N points.
     *
     * @param same whether the points are likely those of the previous call: then each unit's previous switch index is
     *             tried first and the cell table is kept (either way the result is exact)
     */
    void loaded(boolean same) {
        samePoints = same;
        if (same && tabulated) {
            return;
        }
        tabulated = true;
        double range = inputs[size] - inputs[1];
        double largest = Math.max(Math.abs(inputs[1]), Math.abs(inputs[size]));
        origin = inputs[1];
        cellsPerUnit = size > 1 && range > 0 && Double.isFinite(cells / range) ? cells / range : 0;
        provenWeight = cellsPerUnit > 0 && range / cells > 1e-12 * largest
                ? Math.max(0x1p-1000 * cellsPerUnit, Double.MIN_VALUE) : Double.POSITIVE_INFINITY;
        // ranks[c + 1] = n for the cells after point n − 1's up to point n's, in one pass over the sorted points
        int j = 0;
        for (int n = 0; n < size; n++) {
            int last = cell(position(inputs[n + 1])) + 1;
            while (j <= last) {
                ranks[j++] = n;
            }
        }
        Arrays.fill(ranks, j, ranks.length, size);
    }

    /** @return x's position in the cell table, {@code (x − x_0) · cells/(x_{N−1} − x_0) + 2}: in [2, cells + 2] */
    private double position(double x) {
        return (x - origin) * cellsPerUnit + 2;
    }

    /**
     * @return the table cell of a position: {@code ⌊p⌋} clamped to {@code [0, cells + 4]}, non-decreasing in the
     *         position; cells 0 and {@code cells + 4} hold everything a cell or more beyond the points (a saturating
     *         cast keeps ±∞ in range, NaN goes to 0)
     */
    private int cell(double position) {
        return Math.max(0, Math.min((int) Math.floor(position), cells + 4));
    }

    /** @return 1 if {@code z > 0}, else 0, without a branch (for z not NaN: a positive sign bit and not +0) */
    private static int positive(double z) {
        long bits = Double.doubleToRawLongBits(z);
        return (int) ((~bits & -bits) >>> 63);
    }

    /**
     * Locates every unit's active range, runs the forward pass and, if asked, tabulates the active-side sums for
     * {@link #gradient}.
     *
     * @param w  the units' input weights
     * @param b  their biases
     * @param v  their output weights
     * @param b0 the output bias
     * @return {@code ½ Σ_n e_n²}
     */
    double forward(double[] w, double[] b, double[] v, double b0, boolean activeSideSums) {
        locate(w, b);
        final int h = width;
        final int n = size;
        Arrays.fill(delta, 0.0);
        for (int i = 0; i < h; i++) {
            int slot = activeSlot[i];
            int k = slot >>> 2;
            // bits instead of branches: the orientation is a coin flip per unit, and with a fresh batch so is
            // whether the switch is at 0
            int falling = 1 - ((slot >>> 1) & 1);
            int atStart = (k - 1) >>> 31;
            double slope = v[i] * w[i];
            double intercept = v[i] * b[i];
            // active from index 0: a falling unit with k > 0, a rising one with k = 0; a switch at 0 then changes
            // nothing inside the data, and goes with those at N to index N, which the sweep does not read
            double fromStart = falling ^ atStart;
            double sign = 1 - 2 * falling;
            int copy = i & (COPIES - 1);
            int at = 2 * COPIES * (k + atStart * n) + copy;
            delta[copy] += fromStart * slope;
            delta[COPIES + copy] += fromStart * intercept;
            delta[at] += sign * slope;
            delta[at + COPIES] += sign * intercept;
        }
        // each point's copies summed into delta[2j], delta[2j + 1] (in place: those slots are read before written)
        for (int j = 0; j < size; j++) {
            double slopeChange = 0;
            double interceptChange = 0;
            for (int copy = 2 * COPIES * j; copy < 2 * COPIES * j + COPIES; copy++) {
                slopeChange += delta[copy];
                interceptChange += delta[copy + COPIES];
            }
            delta[2 * j] = slopeChange;
            delta[2 * j + 1] = interceptChange;
        }
        return SweepSums.residuals(delta, inputs, 1, targets, size, b0, activeSideSums, prefix, activeSums);
    }

    /**
     * Writes every unit's {@link #activeSlot}, in loops of their own: the units are independent, so the processor
     * overlaps their checks.
     */
    private void locate(double[] w, double[] b) {
        final int h = width;
        if (samePoints) {
            for (int i = 0; i < h; i++) {
                double wi = w[i];
                double bi = b[i];
                int k = activeSlot[i] >>> 2;
                int falling = (int) (Double.doubleToRawLongBits(wi) >>> 63);
                // before the switch, the predicate is 'active' for a falling unit and 'inactive' for a rising one
                boolean kept = wi != 0 && ((positive(wi * inputs[k] + bi) ^ 1 ^ falling)
                        & (positive(wi * inputs[k + 1] + bi) ^ falling)) == 1;
                activeSlot[i] = kept ? 4 * k + 2 - 2 * falling
                        : slot(wi, bi, position(-bi / wi));
            }
            return;
        }
        // apart, so that the JIT vectorises the divisions
        for (int i = 0; i < h; i++) {
            breakpointPosition[i] = (-b[i] / w[i] - origin) * cellsPerUnit + 2;
        }
        // the common cases without a branch on the data, the other units listed for a second pass
        int others = 0;
        for (int i = 0; i < h; i++) {
            double wi = w[i];
            double bi = b[i];
            int falling = (int) (Double.doubleToRawLongBits(wi) >>> 63);
            int c = cell(breakpointPosition[i]);
            int k = ranks[c + 1];
            int sure;
            if (ranks[c + 3] == ranks[c] && Math.abs(wi) >= provenWeight) {
                // no point in the breakpoint's cell or its neighbours: every point is a cell width or more from it,
                // where the predicate has the sign of w (x − β)
                sure = 1;
            } else if (ranks[c + 2] - k <= 1) {
                // at most one point in the breakpoint's cell: the points around the cell confirm that the switch is
                // in it, and the one inside, if any, says on which side
                int inside = ranks[c + 2] - k;
                sure = positive(Math.abs(wi)) & (positive(wi * inputs[k] + bi) ^ 1 ^ falling)
                        & (positive(wi * inputs[k + inside + 1] + bi) ^ falling);
                k += (positive(wi * inputs[k + 1] + bi) ^ 1 ^ falling) & inside;
            } else {
                sure = 0;
            }
            activeSlot[i] = 4 * k + 2 - 2 * falling;
            unsure[others] = i;
            others += 1 - sure;
        }
        for (int j = 0; j < others; j++) {
            int i = unsure[j];
            activeSlot[i] = slot(w[i], b[i], breakpointPosition[i]);
        }
    }

    /**
     * @param position the unit's breakpoint's position in the cell table
     * @return the {@link #activeSlot} of a unit, by the candidates in turn: the points in the breakpoint's cell,
     *         then the whole batch
     */
    private int slot(double w, double b, double position) {
        if (w == 0) {
            // a constant unit: active everywhere (a falling unit switching at N) or nowhere (rising at N)
            return 4 * size + 2 * (b > 0 ? 0 : 1);
        }
        int falling = (int) (Double.doubleToRawLongBits(w) >>> 63);
        int c = cell(position);
        int lo = ranks[c + 1];
        int hi = ranks[c + 2];
        boolean bracketed = ((positive(w * inputs[lo] + b) ^ 1 ^ falling) & (positive(w * inputs[hi + 1] + b)
                ^ falling)) == 1;
        int k = bracketed ? firstSwitch(w, b, falling, lo, hi) : firstSwitch(w, b, falling, 0, size);
        return 4 * k + 2 - 2 * falling;
    }

    /**
     * Writes the gradient with respect to {@code w, b, v} from the active-side sums of the last
     * {@code forward(w, b, v, b0, true)} and returns {@code ∂ℓ/∂b0}.
     */
    double gradient(double[] w, double[] b, double[] v, double[] gradientW, double[] gradientB, double[] gradientV) {
        final int h = width;
        for (int i = 0; i < h; i++) {
            int at = activeSlot[i];
            double e = activeSums[at];
            double ex = activeSums[at + 1];
            gradientW[i] = v[i] * ex;
            gradientB[i] = v[i] * e;
            gradientV[i] = w[i] * ex + b[i] * e;
        }
        return activeSums[4 * size];
    }

    /**
     * @return the first sorted index in {@code [lo, hi]} where activity switches for {@code w ≠ 0} — the first
     *         active point if {@code w > 0}, the first inactive one if {@code w < 0}, {@code hi} if none there — by
     *         binary search on the predicate {@code active XOR (w < 0)}, false then true along the sorted data for
     *         either sign; the caller has checked that the switch lies in the range
     */
    private int firstSwitch(double w, double b, int falling, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (positive(w * inputs[mid + 1] + b) == falling) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
