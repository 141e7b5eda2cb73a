package org.splinelens.baselines.smoothing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The GCV choice is the minimiser of the GCV score: no λ of a brute-force scan of the dense score
 * ({@link DensePenalisedFit}) over a fine log grid, from near interpolation to near the line, scores lower, and the
 * scan's own best λ lies within one grid step of the choice.
 */
class GcvChoiceTest {
    private static final int STEPS_PER_DECADE = 40;

    @Test
    void gcvChoosesTheMinimiserOfABruteForceScan() {
        SplittableRandom r = new SplittableRandom(7);
        int compared = 0;
        for (int trial = 0; trial < 6; trial++) {
            int n = 12 + 5 * trial;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int k = 0; k < n; k++) {
                // grid points, some repeated in odd trials
                x[k] = 0.1 * (trial % 2 == 1 && k % 4 == 3 ? Math.round(x[k - 1] * 10) : r.nextInt(-30, 31));
                y[k] = Math.sin(1.5 * x[k]) + (0.1 + 0.1 * trial) * r.nextGaussian();
            }
            double[] w = SmoothingSplineProperties.ones(n);
            SmoothingSpline chosen = SmoothingSpline.fit(x, y, SmoothingSpline.Config.gcv());
            assertThat(DensePenalisedFit.of(x, y, w, chosen.lambda()).gcv()).as("the choice's dense score")
                    .isCloseTo(chosen.gcv(), within(1e-8 * chosen.gcv()));
            double bestScore = Double.POSITIVE_INFINITY;
            double bestLog = Double.NaN;
            for (int p = -8 * STEPS_PER_DECADE; p <= 6 * STEPS_PER_DECADE; p++) {
                double log10 = (double) p / STEPS_PER_DECADE;
                double score = DensePenalisedFit.of(x, y, w, Math.pow(10, log10)).gcv();
                assertThat(chosen.gcv()).as("trial %d against lambda 1e%s", trial, log10)
                        .isLessThanOrEqualTo(score * (1 + 1e-9));
                if (score < bestScore) {
                    bestScore = score;
                    bestLog = log10;
                }
            }
            assertThat(Math.log10(chosen.lambda())).as("trial %d", trial)
                    .isCloseTo(bestLog, within(1.0 / STEPS_PER_DECADE));
            compared++;
        }
        assertThat(compared).isEqualTo(6);
    }
}
