package org.splinelens.baselines.smoothing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.baselines.interpolation.NaturalCubicSpline;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.spline.LineFit;

/**
 * The two ends of the family (Green &amp; Silverman §2.3): λ → 0 (df → n) is the interpolating natural cubic spline,
 * λ → ∞ (df → 2) the least-squares line; a df target is met; repeated x are one knot of summed weight and mean y.
 */
class SmoothingSplineLimitsTest {
    /** 25 noisy points of a sine at distinct random x, as fixed data for the limits. */
    private static Dataset noisySine(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[25];
        double[] y = new double[25];
        for (int n = 0; n < x.length; n++) {
            x[n] = -3 + 6 * r.nextDouble();
            y[n] = Math.sin(x[n]) + 0.3 * r.nextGaussian();
        }
        return new Dataset(x, y);
    }

    private static double[] grid(double a, double b) {
        double[] at = new double[121];
        for (int p = 0; p < at.length; p++) {
            at[p] = a + (b - a) * p / (at.length - 1);
        }
        return at;
    }

    @Test
    void vanishingLambdaAndFullDfGiveTheInterpolatingNaturalCubicSpline() {
        Dataset data = noisySine(1);
        NaturalCubicSpline interpolant = NaturalCubicSpline.through(data);
        SmoothingSpline full = SmoothingSpline.fit(data, SmoothingSpline.Config.fixedDf(data.size()));
        SmoothingSpline tiny = SmoothingSpline.fit(data, SmoothingSpline.Config.fixedLambda(1e-14));
        assertThat(full.lambda()).isZero();
        assertThat(full.df()).isEqualTo(data.size());
        assertThat(full.rss()).isLessThan(1e-24);
        assertThat(tiny.df()).isCloseTo(data.size(), within(1e-6));
        for (double at : grid(-4, 4)) {
            assertThat(full.value(at)).as("df = N at %s", at).isCloseTo(interpolant.value(at), within(1e-9));
            assertThat(tiny.value(at)).as("lambda = 1e-14 at %s", at).isCloseTo(interpolant.value(at), within(1e-6));
        }
    }

    @Test
    void growingLambdaAndDfNearTwoGiveTheLeastSquaresLine() {
        Dataset data = noisySine(2);
        LineFit line = LineFit.of(data.x(), data.y());
        SmoothingSpline huge = SmoothingSpline.fit(data, SmoothingSpline.Config.fixedLambda(1e12));
        SmoothingSpline nearTwo = SmoothingSpline.fit(data, SmoothingSpline.Config.fixedDf(2 + 1e-6));
        assertThat(huge.df()).isCloseTo(2, within(1e-6));
        assertThat(nearTwo.df()).isCloseTo(2 + 1e-6, within(1e-10));
        for (double at : grid(-5, 5)) {
            double expected = line.slope() * at + line.intercept();
            assertThat(huge.value(at)).as("lambda = 1e12 at %s", at).isCloseTo(expected, within(1e-6));
            assertThat(nearTwo.value(at)).as("df = 2 + 1e-6 at %s", at).isCloseTo(expected, within(1e-4));
        }
        assertThat(huge.rss()).isCloseTo(line.rss(), within(1e-6));
    }

    @Test
    void aDfTargetIsMetAndFallsAsLambdaGrows() {
        Dataset data = noisySine(3);
        double previous = Double.NaN;
        for (double df : new double[] {24.5, 20, 12, 6, 3, 2.01}) {
            SmoothingSpline fit = SmoothingSpline.fit(data, SmoothingSpline.Config.fixedDf(df));
            assertThat(fit.df()).as("df %s", df).isCloseTo(df, within(1e-9 * df));
            // the λ found gives that df again when given as λ
            assertThat(SmoothingSpline.fit(data, SmoothingSpline.Config.fixedLambda(fit.lambda())).df())
                    .isCloseTo(df, within(1e-9 * df));
            if (!Double.isNaN(previous)) {
                assertThat(fit.lambda()).isGreaterThan(previous);
            }
            previous = fit.lambda();
        }
    }

    @Test
    void repeatedXAreOneKnotOfSummedWeightAndMeanY() {
        double[] x = {0, 1, 1, 2, 3, 3, 3, 4, 5};
        double[] y = {0.2, 1.1, 0.7, -0.3, 0.5, 0.9, 0.1, 1.4, -0.6};
        double[] distinct = {0, 1, 2, 3, 4, 5};
        double[] mean = {0.2, 0.9, -0.3, 0.5, 1.4, -0.6};
        double[] count = {1, 2, 1, 3, 1, 1};
        // within the ties: (1.1 − 0.9)² + (0.7 − 0.9)² + (0.5 − 0.5)² + (0.9 − 0.5)² + (0.1 − 0.5)² = 0.4
        double within = 0.4;
        for (SmoothingSpline.Config config : new SmoothingSpline.Config[] {SmoothingSpline.Config.fixedLambda(0.3),
            SmoothingSpline.Config.fixedDf(4), SmoothingSpline.Config.gcv()}) {
            SmoothingSpline tied = SmoothingSpline.fit(x, y, config);
            SmoothingSpline pooled = SmoothingSpline.fit(distinct, mean, count,
                    SmoothingSpline.Config.fixedLambda(tied.lambda()));
            assertThat(tied.knots()).containsExactly(distinct);
            assertThat(tied.df()).isCloseTo(pooled.df(), within(1e-12));
            for (double at : grid(-1, 6)) {
                assertThat(tied.value(at)).isCloseTo(pooled.value(at), within(1e-12));
            }
            assertThat(tied.rss()).isCloseTo(pooled.rss() + within, within(1e-12));
        }
        // df = the distinct x: the interpolant of the means, whose RSS is the spread within the ties
        SmoothingSpline full = SmoothingSpline.fit(x, y, SmoothingSpline.Config.fixedDf(distinct.length));
        assertThat(full.knotValues()).containsExactly(mean, within(1e-12));
        assertThat(full.rss()).isCloseTo(within, within(1e-12));
        // GCV counts the observations: (RSS/N) / (1 − df/N)², finite at df = n because N > n
        double n = x.length;
        assertThat(full.gcv()).isCloseTo(within / n / Math.pow(1 - distinct.length / n, 2), within(1e-12));
    }

    /**
     * Beyond the condition bound a fit is refused in one line, not returned with lost digits: 1000 random x (the
     * closest pairs ~1e-6 of the range apart) smoothed to df = 12; below it, the data mirrored (x → −x, other
     * roundings) give the same fit to the bound's 2e-8.
     */
    @Test
    void fitsBeyondTheConditionBoundAreRefusedAndThoseWithinItAreStable() {
        SplittableRandom r = new SplittableRandom(9);
        double[] x = r.doubles(1000, 0, 1).toArray();
        double[] y = java.util.Arrays.stream(x).map(v -> Math.sin(6 * v) + 0.3 * r.nextGaussian()).toArray();
        assertThatThrownBy(() -> SmoothingSpline.fit(x, y, SmoothingSpline.Config.fixedDf(12)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond what the banded")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> SmoothingSpline.fit(x, y, SmoothingSpline.Config.gcv()))
                .hasMessageContaining("the GCV minimum");
        Dataset data = noisySine(5);
        double[] mirrored = java.util.Arrays.stream(data.x()).map(v -> -v).toArray();
        SmoothingSpline chosen = SmoothingSpline.fit(data, SmoothingSpline.Config.gcv());
        // the GCV score is flat at its minimum: the two choices of λ differ by the search's tolerance, not their scores
        assertThat(SmoothingSpline.fit(mirrored, data.y(), SmoothingSpline.Config.gcv()).gcv())
                .isCloseTo(chosen.gcv(), within(1e-12 * chosen.gcv()));
        for (SmoothingSpline.Config config : new SmoothingSpline.Config[] {
            SmoothingSpline.Config.fixedLambda(chosen.lambda()), SmoothingSpline.Config.fixedDf(2.5),
            SmoothingSpline.Config.fixedLambda(1e3)}) {
            SmoothingSpline fit = SmoothingSpline.fit(data, config);
            SmoothingSpline mirror = SmoothingSpline.fit(mirrored, data.y(), config);
            assertThat(fit.condition()).isBetween(1.0, 1e8);
            assertThat(mirror.df()).isCloseTo(fit.df(), within(2e-8 * fit.df()));
            for (double at : grid(-4, 4)) {
                assertThat(mirror.value(-at)).isCloseTo(fit.value(at), within(2e-8));
            }
        }
    }

    @Test
    void badConfigsAndDataSayWhichKeyInOneLine() {
        assertThatThrownBy(() -> new SmoothingSpline.Config(5.0, 1.0)).hasMessageContaining("df and lambda");
        assertThatThrownBy(() -> SmoothingSpline.Config.fixedDf(2)).hasMessageStartingWith("df must be > 2");
        assertThatThrownBy(() -> SmoothingSpline.Config.fixedDf(Double.NaN)).hasMessageStartingWith("df ");
        assertThatThrownBy(() -> SmoothingSpline.Config.fixedLambda(0)).hasMessageStartingWith("lambda must be");
        assertThatThrownBy(() -> SmoothingSpline.Config.fixedLambda(-1)).hasMessageStartingWith("lambda must be");
        Dataset data = noisySine(4);
        assertThatThrownBy(() -> SmoothingSpline.fit(data, SmoothingSpline.Config.fixedDf(25.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("df must be in (2, 25]");
        assertThatThrownBy(() -> SmoothingSpline.fit(new double[] {1, 1, 2, 2}, new double[] {0, 1, 2, 3},
                SmoothingSpline.Config.gcv())).hasMessageContaining("at least 3 distinct x values, got 2");
        assertThatThrownBy(() -> SmoothingSpline.fit(new double[] {1, 2, 3}, new double[] {0, 1, 2},
                new double[] {1, 0, 1}, SmoothingSpline.Config.gcv())).hasMessageContaining("weight 1 must be");
    }
}
