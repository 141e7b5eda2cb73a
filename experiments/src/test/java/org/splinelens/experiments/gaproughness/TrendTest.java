package org.splinelens.experiments.gaproughness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The sweep trends of FC Fig 5's verdicts against commons-math's regression and rank correlation. */
class TrendTest {

    @Test
    void anExactPowerLawHasItsExponentAsSlopeWithNoError() {
        double[] x = {10, 20, 40, 80, 160, 320};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3 * Math.pow(x[i], -0.5);
        }
        Trend trend = Trend.of(x, y);
        assertThat(trend.slope()).isCloseTo(-0.5, Offset.offset(1e-12));
        assertThat(trend.se()).isCloseTo(0, Offset.offset(1e-12));
        assertThat(trend.spearman()).isCloseTo(-1, Offset.offset(1e-12));
        assertThat(trend.beyondTwoSe(-1)).isTrue();
        assertThat(trend.beyondTwoSe(1)).isFalse();
    }

    @Test
    void slopeStandardErrorAndSpearmanMatchCommonsMath() {
        SplittableRandom random = new SplittableRandom(4);
        for (int t = 0; t < 50; t++) {
            int n = 3 + random.nextInt(6);
            double[] x = new double[n];
            double[] y = new double[n];
            SimpleRegression regression = new SimpleRegression();
            for (int i = 0; i < n; i++) {
                x[i] = 0.1 + random.nextDouble() * 10;
                y[i] = random.nextInt(3) == 0 && i > 0 ? y[i - 1] : 0.01 + random.nextDouble();
                regression.addData(Math.log(x[i]), Math.log(y[i]));
            }
            Trend trend = Trend.of(x, y);
            assertThat(trend.slope()).isCloseTo(regression.getSlope(), Offset.offset(1e-9));
            assertThat(trend.se()).isCloseTo(regression.getSlopeStdErr(), Offset.offset(1e-9));
            assertThat(trend.spearman()).isCloseTo(new SpearmansCorrelation().correlation(x, y),
                    Offset.offset(1e-9));
        }
    }

    @Test
    void aNonPositiveValueLeavesNoSlopeAndNoTrend() {
        Trend trend = Trend.of(new double[] {1, 2, 3}, new double[] {1, 0, 2});
        assertThat(trend.slope()).isNaN();
        assertThat(trend.beyondTwoSe(1)).isFalse();
        assertThat(trend.beyondTwoSe(-1)).isFalse();
    }

    @Test
    void theVerdictFollowsTheTrendNotTheEndpoints() {
        double[] x = {1, 2, 4, 8, 16};
        // endpoints fall, the sweep does not: 1.0 ... 0.9 with a rise in between
        assertThat(GapVerdicts.trendVerdict("c", x, new double[] {1.0, 3.0, 0.5, 4.0, 0.9}, -1, "H", "").holds())
                .isFalse();
        assertThat(GapVerdicts.trendVerdict("c", x, new double[] {1.0, 0.8, 0.5, 0.45, 0.3}, -1, "H", "").holds())
                .isTrue();
    }
}
