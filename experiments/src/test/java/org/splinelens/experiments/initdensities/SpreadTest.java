package org.splinelens.experiments.initdensities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/** The interquartile range and the all-levels trend rule of init-densities' spread verdicts. */
class SpreadTest {

    /** Against closed forms: 0…8 has quartiles 2 and 6; a standard Cauchy sample's IQR tends to 2 (quartiles ±1). */
    @Test
    void theInterquartileRangeMatchesClosedForms() {
        assertThat(Spread.iqr(new double[] {8, 0, 4, 2, 6, 1, 3, 5, 7})).isEqualTo(4.0);
        assertThat(Spread.iqr(new double[] {0, 1})).isEqualTo(0.5);
        SplittableRandom random = new SplittableRandom(7);
        double[] cauchy = new double[200_000];
        Arrays.setAll(cauchy, k -> Math.tan(Math.PI * (random.nextDouble() - 0.5)));
        assertThat(Spread.iqr(cauchy)).isCloseTo(2.0, Offset.offset(0.03));
    }

    /**
     * A rise over all levels holds; a rise between the ends with a middle step falling beyond two standard errors
     * does not (trials 1.0, 1.2; 3.0, 3.2; 2.0, 2.2: the ends rise by 1.0 against 2 SE 0.28, the second step falls by
     * 1.0); a rise within trial noise does not either.
     */
    @Test
    void aTrendMustHoldOverEveryLevel() {
        assertThat(judge(new double[][] {{1.0, 1.2}, {1.5, 1.7}, {2.0, 2.2}}).holds()).isTrue();
        Spread.Judgement reversed = judge(new double[][] {{1.0, 1.2}, {3.0, 3.2}, {2.0, 2.2}});
        assertThat(reversed.holds()).isFalse();
        assertThat(reversed.evidence()).contains("rise from first to last 1.00 vs 2 SE 0.28", "(reversed beyond 2 SE)");
        assertThat(judge(new double[][] {{1.0, 1.2}, {1.05, 1.25}, {1.1, 1.3}}).holds()).isFalse();
    }

    /** The spread verdicts read the preset's layers and each depth's layers, per initializer, from their cells. */
    @Test
    void spreadVerdictsFollowTheirCells() {
        InitDensitiesConfig config = new InitDensitiesConfig("he-normal", List.of(8, 8), 10, 4, 8, 2, List.of(1, 2),
                List.of("he-normal"));
        List<Row> rows = new ArrayList<>();
        for (double trial : new double[] {0, 0.1}) {
            for (int l = 1; l <= 2; l++) {
                rows.add(new Row(InitDensitiesExperiment.cell("layer", "he-normal", l, Double.NaN),
                        Map.of("breakpointIqr", l + trial)));
                rows.add(new Row(InitDensitiesExperiment.cell(DepthReadings.byDepth(2), "he-normal", l, Double.NaN),
                        Map.of("breakpointIqr", 3 - l + trial, "deltaSlopeVariance", 3 - l + trial)));
            }
        }
        List<Verdict> verdicts = DepthReadings.spreadVerdicts(config, Summary.of(rows));
        assertThat(verdicts).extracting(Verdict::holds).containsExactly(true, false, true);
        assertThat(verdicts.get(1).claim()).contains("grows wider", "networks of 2 hidden layers [8, 8]");
        assertThat(verdicts.get(2).claim()).contains("lower variance", "reading a");
    }

    private static Spread.Judgement judge(double[][] trials) {
        List<Summary.Stat> stats = new ArrayList<>();
        for (double[] level : trials) {
            List<Row> rows = new ArrayList<>();
            for (double v : level) {
                rows.add(new Row(Map.of("c", "x"), Map.of("m", v)));
            }
            stats.add(Summary.of(rows).stat(Map.of("c", "x"), "m"));
        }
        return Spread.trend(stats, false);
    }
}
