package org.splinelens.experiments.spikyinit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The training-free checks behind Table 3's differing cells, against brute force and closed forms. */
class Table3ChecksTest {

    /** No five non-negative values exceed sd = mean √5, and one value 5m with four zeros reaches it. */
    @Test
    void fiveNonNegativeLossesHaveAnSdOfAtMostTheirMeanTimesRootFive() {
        SplittableRandom random = new SplittableRandom(7);
        for (int t = 0; t < 20_000; t++) {
            double[] v = new double[5];
            for (int i = 0; i < 5; i++) {
                v[i] = random.nextDouble() < 0.5 ? 0 : Math.pow(random.nextDouble(), 4);
            }
            double[] ms = meanSd(v);
            assertThat(ms[1]).isLessThanOrEqualTo(Table3Checks.largestSd(ms[0], 5) * (1 + 1e-12));
        }
        double[] extreme = meanSd(new double[] {5, 0, 0, 0, 0});
        assertThat(extreme[1]).isCloseTo(Table3Checks.largestSd(extreme[0], 5), Offset.offset(1e-12));
    }

    /** Table 3's arctan standard shallow cell, .01252 ± .07650, is no mean ± sd of five losses; the exp one can be. */
    @Test
    void theArctanStandardCellIsImpossibleAndTheExpCellIsNot() {
        assertThat(Table3Checks.impossibleSd(".01252 ± .07650", 5)).contains("0.0765").contains("0.028");
        assertThat(Table3Checks.impossibleSd(".6509 ± .5928", 5)).isEmpty();
        assertThat(Table3Checks.impossibleSd("181.1 ± 75.36 ±", 5)).isEmpty();
    }

    /**
     * The least-squares line's grid loss: 0 for a line; for sin on the 401-point grid, 1/0.01 times the continuous
     * residual {@code ∫ sin² − (∫ x sin x)² / ∫ x²} over [−2, 2] (within the grid's discretisation, 2%); and no
     * perturbed line does better.
     */
    @Test
    void theBestLineLossMatchesItsClosedFormAndNoOtherLineBeatsIt() {
        double[] grid = SpikyInitExperiment.TEST_GRID;
        assertThat(Table3Checks.bestLineLoss(x -> 3 * x - 1, grid)).isCloseTo(0, Offset.offset(1e-20));
        double sin2 = 2 - Math.sin(4) / 2;
        double xsin = 2 * (Math.sin(2) - 2 * Math.cos(2));
        double closed = (sin2 - xsin * xsin / (16.0 / 3)) / 0.01;
        double line = Table3Checks.bestLineLoss(Math::sin, grid);
        assertThat(line).isCloseTo(closed, Offset.offset(0.02 * closed));
        double slope = xsin / (16.0 / 3);
        SplittableRandom random = new SplittableRandom(9);
        for (int t = 0; t < 200; t++) {
            double a = slope + 0.1 * (random.nextDouble() - 0.5);
            double c = 0.1 * (random.nextDouble() - 0.5);
            double sum = 0;
            for (double x : grid) {
                sum += (Math.sin(x) - a * x - c) * (Math.sin(x) - a * x - c);
            }
            assertThat(sum).isGreaterThanOrEqualTo(line * (1 - 1e-12));
        }
    }

    @Test
    void anOutlierIsFarBelowEveryOtherCellOfItsColumn() {
        List<String> others = List.of("157.5 ± 60.27", "150.1 ± 61.48", "136.7 ± 124.1");
        assertThat(Table3Checks.outlier("2.499 ± 1.257", others)).contains("136.7");
        assertThat(Table3Checks.outlier("30 ± 1", others)).isEmpty();
        assertThat(Table3Checks.outlier("words", others)).isEmpty();
    }

    private static double[] meanSd(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x / v.length;
        }
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return new double[] {mean, Math.sqrt(ss / (v.length - 1))};
    }
}
