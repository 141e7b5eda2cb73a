package org.splinelens.baselines.segmented;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;

/** Bai &amp; Perron's programme against brute force, and Greedy Merge against the programme. */
class SegmentedRegressionProperties {

    /** Least RSS over every split of sorted points into `segments` runs of >= h points (cuts between distinct x). */
    private static double bruteForce(double[] xs, double[] ys, int segments, int h) {
        return split(xs, ys, 0, segments, h);
    }

    private static double split(double[] xs, double[] ys, int from, int segments, int h) {
        int n = xs.length;
        if (segments == 1) {
            return n - from >= h ? ols(xs, ys, from, n) : Double.POSITIVE_INFINITY;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int end = from + h; end <= n - h; end++) {
            if (xs[end - 1] < xs[end]) {
                best = Math.min(best, ols(xs, ys, from, end) + split(xs, ys, end, segments - 1, h));
            }
        }
        return best;
    }

    /** RSS of the least-squares line by the textbook two-pass formulas. */
    private static double ols(double[] xs, double[] ys, int from, int to) {
        int m = to - from;
        double mx = 0;
        double my = 0;
        for (int k = from; k < to; k++) {
            mx += xs[k] / m;
            my += ys[k] / m;
        }
        double sxx = 0;
        double sxy = 0;
        for (int k = from; k < to; k++) {
            sxx += (xs[k] - mx) * (xs[k] - mx);
            sxy += (xs[k] - mx) * (ys[k] - my);
        }
        double slope = sxx > 0 ? sxy / sxx : 0;
        double rss = 0;
        for (int k = from; k < to; k++) {
            double e = ys[k] - my - slope * (xs[k] - mx);
            rss += e * e;
        }
        return rss;
    }

    @Property(tries = 60)
    void dynamicProgrammeEqualsBruteForceAndItsRssIsNonIncreasing(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = r.nextInt(4, 13);
        int h = r.nextInt(1, 3);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            // a few repeated x values: no break may separate them
            x[k] = k > 0 && r.nextInt(6) == 0 ? x[k - 1] : 100 + r.nextDouble() * 4;
            y[k] = Math.sin(x[k]) + 0.3 * r.nextGaussian();
        }
        int maxBreaks = Math.min(3, n / h - 1);
        Dataset data = new Dataset(x, y);
        SegmentedRegression dp = SegmentedRegression.fit(data, maxBreaks, h);
        Dataset sorted = data.sortedByX();
        double previous = Double.POSITIVE_INFINITY;
        for (int m = 0; m <= maxBreaks; m++) {
            double expected = bruteForce(sorted.x(), sorted.y(), m + 1, h);
            if (Double.isInfinite(expected)) {
                assertThat(dp.rss(m)).isInfinite();
                continue;
            }
            assertThat(dp.rss(m)).as("m = %d", m).isCloseTo(expected, within(1e-9 * (1 + expected)));
            assertThat(dp.rss(m)).isLessThanOrEqualTo(previous + 1e-12);
            previous = dp.rss(m);
            PiecewiseLinearFit fit = dp.withBreaks(m);
            assertThat(fit.pieces()).isEqualTo(m + 1);
            double evaluated = 0;
            for (int k = 0; k < n; k++) {
                double e = fit.value(x[k]) - y[k];
                evaluated += e * e;
            }
            assertThat(evaluated).isCloseTo(fit.rss(), within(1e-9 * (1 + expected)));
            for (Segment s : fit.segments()) {
                assertThat(s.points()).isGreaterThanOrEqualTo(h);
            }
        }
    }

    @Test
    void greedyMergeIsNeverBetterThanTheOptimumAndWithinItsFactorOnSmoothData() {
        SplittableRandom r = new SplittableRandom(1);
        int n = 2000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = -3 + 6.0 * k / (n - 1);
            y[k] = Math.sin(2 * x[k]) + 0.05 * r.nextGaussian();
        }
        Dataset data = new Dataset(x, y);
        double delta = 1;
        for (int k : new int[] {4, 8, 16}) {
            double optimum = SegmentedRegression.fit(data, k - 1, 1).rss(k - 1);
            GreedyMerge merge = GreedyMerge.run(data, k, delta);
            assertThat(merge.survivors().pieces()).isLessThanOrEqualTo((int) ((2 + 2 / delta) * k) + 1);
            assertThat(merge.survivors().rss()).isLessThanOrEqualTo((1 + delta) * optimum);
            double finished = merge.finish(k, 1).rss();
            assertThat(finished).isGreaterThanOrEqualTo(optimum * (1 - 1e-12)).isLessThanOrEqualTo((1 + delta) * optimum);
        }
    }

    @Test
    void badRequestsAreRejectedWithTheReason() {
        Dataset data = new Dataset(new double[] {1, 2, 3, 4, 5}, new double[] {1, 0, 1, 0, 1});
        assertThatThrownBy(() -> SegmentedRegression.fit(data, 2, 2)).hasMessageContaining("need 6 points, got 5");
        Dataset flat = new Dataset(new double[] {1, 1, 1, 1}, new double[] {1, 0, 1, 0});
        SegmentedRegression dp = SegmentedRegression.fit(flat, 1, 1);
        assertThat(dp.rss(1)).isInfinite();
        assertThatThrownBy(() -> dp.withBreaks(1)).hasMessageContaining("distinct x");
    }
}
