package org.splinelens.baselines.segmented;

import java.util.Arrays;
import java.util.function.IntBinaryOperator;
import org.splinelens.core.data.Dataset;

/**
 * Globally optimal segmented least squares by dynamic programming (Bai &amp; Perron 1998): for every number of breaks
 * {@code m = 0 … M}, the partition of the x-sorted data into {@code m + 1} runs of at least h points, each fitted by
 * its own OLS line, that minimises the total residual sum of squares. With {@code c(i, j)} the OLS cost of points
 * {@code [i, j)} (O(1), {@link SegmentCosts}),
 * <pre>
 *   C_1(j) = c(0, j),   C_{k+1}(j) = min_{i} C_k(i) + c(i, j)   (j − i >= h, breaks only between distinct x),
 * </pre>
 * one pass over k = 1 … M + 1 gives every m at once, in O(M N²) time and O(M N) memory for the back-pointers.
 * Every split respects the minimum segment, so a number of breaks that cannot be placed has RSS +∞.
 * Model choice by BIC (Yao 1988): {@code BIC(m) = N ln(RSS_m / N) + (3m + 2) ln N}, counting two line parameters per
 * segment and one per break.
 */
public final class SegmentedRegression {
    /** Rows of the table between two reports of progress, less one (a mask). */
    private static final int PROGRESS_ROWS = (1 << 10) - 1;

    private final double[] xs;
    private final SegmentCosts costs;
    private final int[] positions;
    private final int maxBreaks;
    private final double[] rss;
    /** start[k][b]: the position index where the last run starts in the best split of [0, p_b) into k + 1 runs */
    private final int[][] start;

    private SegmentedRegression(double[] xs, SegmentCosts costs, int[] positions, int maxBreaks, double[] rss,
            int[][] start) {
        this.xs = xs;
        this.costs = costs;
        this.positions = positions;
        this.maxBreaks = maxBreaks;
        this.rss = rss;
        this.start = start;
    }

    /**
     * @param maxBreaks  M, the largest number of breaks to consider
     * @param minSegment h >= 1, the fewest points per segment
     */
    public static SegmentedRegression fit(Dataset data, int maxBreaks, int minSegment) {
        return fit(data, maxBreaks, minSegment, (done, all) -> 0);
    }

    /**
     * {@link #fit(Dataset, int, int)}, telling {@code progress} (percent done, 100) as the passes go: pass k's row b
     * has cost about b, so after it {@code (k − 1 + (b/S)²) / M} of the work is done.
     */
    public static SegmentedRegression fit(Dataset data, int maxBreaks, int minSegment, IntBinaryOperator progress) {
        if (maxBreaks < 0 || minSegment < 1) {
            throw new IllegalArgumentException("segmented regression needs breaks >= 0 and a minimum segment >= 1, got "
                    + maxBreaks + " and " + minSegment);
        }
        Dataset sorted = data.sortedByX();
        double[] xs = sorted.x();
        int n = xs.length;
        if ((long) (maxBreaks + 1) * minSegment > n) {
            throw new IllegalArgumentException("segmented regression: " + (maxBreaks + 1) + " segments of at least "
                    + minSegment + " points need " + (long) (maxBreaks + 1) * minSegment + " points, got " + n);
        }
        SegmentCosts costs = new SegmentCosts(xs, sorted.y());
        int[] positions = new int[n + 1];
        int count = 0;
        positions[count++] = 0;
        for (int j = 1; j < n; j++) {
            if (xs[j - 1] < xs[j]) {
                positions[count++] = j;
            }
        }
        positions[count++] = n;
        return over(xs, costs, Arrays.copyOf(positions, count), maxBreaks, minSegment, progress);
    }

    /**
     * The programme with breaks allowed only at {@code positions} ({@code 0 = p_0 < … < p_S = N}); O(M S²).
     * Greedy Merge finishes with it on its surviving boundaries.
     */
    static SegmentedRegression over(double[] xs, SegmentCosts costs, int[] positions, int maxBreaks,
            int minSegment, IntBinaryOperator progress) {
        int last = positions.length - 1;
        double[] previous = new double[last + 1];
        double[] current = new double[last + 1];
        Arrays.fill(previous, Double.POSITIVE_INFINITY);
        for (int b = 1; b <= last; b++) {
            if (positions[b] >= minSegment) {
                previous[b] = costs.rss(0, positions[b]);
            }
        }
        double[] best = new double[maxBreaks + 1];
        int[][] start = new int[maxBreaks + 1][last + 1];
        best[0] = previous[last];
        for (int k = 1; k <= maxBreaks; k++) {
            Arrays.fill(current, Double.POSITIVE_INFINITY);
            for (int b = 1; b <= last; b++) {
                if ((b & PROGRESS_ROWS) == 0) {
                    double row = (double) b / last;
                    progress.applyAsInt((int) (100 * (k - 1 + row * row) / maxBreaks), 100);
                }
                int j = positions[b];
                double value = Double.POSITIVE_INFINITY;
                int arg = -1;
                for (int a = 1; a < b && positions[a] <= j - minSegment; a++) {
                    double c = previous[a];
                    if (c < value) {
                        double total = c + costs.rss(positions[a], j);
                        if (total < value) {
                            value = total;
                            arg = a;
                        }
                    }
                }
                current[b] = value;
                start[k][b] = arg;
            }
            best[k] = current[last];
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return new SegmentedRegression(xs, costs, positions, maxBreaks, best, start);
    }

    /** @return the largest number of breaks fitted */
    public int maxBreaks() {
        return maxBreaks;
    }

    /** @return the least RSS with exactly {@code breaks} breaks (+∞ if the data cannot be split so) */
    public double rss(int breaks) {
        checkBreaks(breaks);
        return rss[breaks];
    }

    /** @return the optimal fit with {@code breaks} breaks */
    public PiecewiseLinearFit withBreaks(int breaks) {
        checkBreaks(breaks);
        if (Double.isInfinite(rss[breaks])) {
            throw new IllegalArgumentException("the data cannot be split into " + (breaks + 1)
                    + " segments between distinct x values");
        }
        int[] bounds = new int[breaks + 2];
        bounds[breaks + 1] = xs.length;
        int b = positions.length - 1;
        for (int k = breaks; k >= 1; k--) {
            b = start[k][b];
            bounds[k] = positions[b];
        }
        return PiecewiseLinearFit.of(costs, xs, bounds);
    }

    /** @return {@code N ln(RSS_m / N) + (3m + 2) ln N} */
    public double bic(int breaks) {
        checkBreaks(breaks);
        int n = xs.length;
        return n * Math.log(Math.max(rss[breaks], Double.MIN_NORMAL) / n) + (3.0 * breaks + 2) * Math.log(n);
    }

    /** @return the number of breaks with the least BIC */
    public int bicBreaks() {
        int best = 0;
        for (int m = 1; m <= maxBreaks; m++) {
            if (bic(m) < bic(best)) {
                best = m;
            }
        }
        return best;
    }

    private void checkBreaks(int breaks) {
        if (breaks < 0 || breaks > maxBreaks) {
            throw new IllegalArgumentException("breaks must be in 0.." + maxBreaks + ", got " + breaks);
        }
    }
}
