package org.splinelens.baselines.segmented;

import java.util.Arrays;
import java.util.function.IntBinaryOperator;
import org.splinelens.core.data.Dataset;

/**
 * Greedy Merge for k-piece segmented regression (Acharya, Diakonikolas, Li &amp; Schmidt 2016, Alg. 1).
 *
 * <p>Start from the finest partition (one piece per distinct x). Each round pairs neighbouring pieces (1–2, 3–4, …),
 * fits each pair's union by OLS, keeps apart the {@code ⌈(1 + 1/δ) k⌉} pairs whose merged fit has the largest
 * error and merges all the others; it stops once at most {@code (2 + 2/δ) k} pieces remain. Each round removes about
 * half the pieces, so after the O(N log N) sort of the data the rounds cost O(N log k) in all (a heap picks the
 * pairs kept apart; O(1) fits from prefix sums).
 * The paper's analysis compares the survivors' error with the best k-piece fit, up to a factor (1 + δ) and a noise
 * term; {@link #finish} then runs the exact dynamic programme over the surviving boundaries to return exactly k
 * pieces, whose RSS is at least the optimum's.
 */
public final class GreedyMerge {
    private final double[] xs;
    private final SegmentCosts costs;
    private final int[] boundaries;

    private GreedyMerge(double[] xs, SegmentCosts costs, int[] boundaries) {
        this.xs = xs;
        this.costs = costs;
        this.boundaries = boundaries;
    }

    /**
     * @param pieces k >= 1
     * @param delta  δ > 0: more survivors for smaller δ
     */
    public static GreedyMerge run(Dataset data, int pieces, double delta) {
        if (pieces < 1 || !(delta > 0)) {
            throw new IllegalArgumentException("greedy merge needs k >= 1 and δ > 0, got k = " + pieces + ", δ = "
                    + delta);
        }
        Dataset sorted = data.sortedByX();
        double[] xs = sorted.x();
        int n = xs.length;
        SegmentCosts costs = new SegmentCosts(xs, sorted.y());
        // piece p is [bounds[p], bounds[p + 1]); initial pieces: runs of equal x
        int[] bounds = new int[n + 1];
        int count = 0;
        bounds[count++] = 0;
        for (int j = 1; j < n; j++) {
            if (xs[j - 1] < xs[j]) {
                bounds[count++] = j;
            }
        }
        bounds[count] = n;
        int piecesNow = count;
        int keep = (int) Math.ceil((1 + 1 / delta) * pieces);
        double target = (2 + 2 / delta) * pieces;
        double[] error = new double[n];
        int[] next = new int[n + 1];
        while (piecesNow > target) {
            int pairs = piecesNow / 2;
            if (pairs <= keep) {
                break;
            }
            for (int q = 0; q < pairs; q++) {
                error[q] = costs.rss(bounds[2 * q], bounds[2 * q + 2]);
            }
            boolean[] split = largest(error, pairs, keep);
            int m = 0;
            for (int q = 0; q < pairs; q++) {
                next[m++] = bounds[2 * q];
                if (split[q]) {
                    next[m++] = bounds[2 * q + 1];
                }
            }
            if (piecesNow % 2 == 1) {
                next[m++] = bounds[piecesNow - 1];
            }
            next[m] = n;
            System.arraycopy(next, 0, bounds, 0, m + 1);
            piecesNow = m;
        }
        return new GreedyMerge(xs, costs, Arrays.copyOf(bounds, piecesNow + 1));
    }

    /**
     * @return marks of the {@code keep} largest of {@code values[0, count)} (ties to the lower index), by a min-heap of
     * size {@code keep}: O(count log keep)
     */
    private static boolean[] largest(double[] values, int count, int keep) {
        int[] heap = new int[keep];
        int size = 0;
        for (int q = 0; q < count; q++) {
            if (size < keep) {
                heap[size] = q;
                siftUp(values, heap, size++);
            } else if (values[q] > values[heap[0]]) {
                heap[0] = q;
                siftDown(values, heap, size);
            }
        }
        boolean[] marked = new boolean[count];
        for (int k = 0; k < size; k++) {
            marked[heap[k]] = true;
        }
        return marked;
    }

    private static void siftUp(double[] values, int[] heap, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (values[heap[at]] >= values[heap[parent]]) {
                return;
            }
            int swap = heap[at];
            heap[at] = heap[parent];
            heap[parent] = swap;
            at = parent;
        }
    }

    private static void siftDown(double[] values, int[] heap, int size) {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && values[heap[child + 1]] < values[heap[child]]) {
                child++;
            }
            if (values[heap[at]] <= values[heap[child]]) {
                return;
            }
            int swap = heap[at];
            heap[at] = heap[child];
            heap[child] = swap;
            at = child;
        }
    }

    /** @return the surviving pieces as a segmented fit, about {@code (2 + 2/δ) k} of them */
    public PiecewiseLinearFit survivors() {
        return PiecewiseLinearFit.of(costs, xs, boundaries);
    }

    /** @return the best fit with exactly {@code pieces} pieces whose breaks are surviving boundaries */
    public PiecewiseLinearFit finish(int pieces, int minSegment) {
        return finish(pieces, minSegment, (done, all) -> 0);
    }

    /** {@link #finish(int, int)}, telling {@code progress} (percent done, 100) as the DP goes. */
    public PiecewiseLinearFit finish(int pieces, int minSegment, IntBinaryOperator progress) {
        int available = boundaries.length - 1;
        if (pieces < 1 || pieces > available) {
            throw new IllegalArgumentException("greedy merge kept " + available + " pieces; cannot finish with "
                    + pieces);
        }
        return SegmentedRegression.over(xs, costs, boundaries, pieces - 1, minSegment, progress)
                .withBreaks(pieces - 1);
    }
}
