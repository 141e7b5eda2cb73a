package org.splinelens.experiments.breakpointmobility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.Summary;

/** FC Fig 2's "deeper layers change more often" judged on constructed per-run statistics. */
class DeeperChangeMoreTest {
    private static final List<Summary.Stat> CHANGES = List.of(new Summary.Stat(5, 0, 0), new Summary.Stat(5, 4, 2),
            new Summary.Stat(5, 9, 3), new Summary.Stat(5, 15, 4));

    @Test
    void holdsWhenTheRunsMeanRankCorrelationExceedsTwoStandardErrors() {
        // 2 SE = 2 · 0.3 / √5 = 0.268 < 0.8
        assertThat(BreakpointMobilityExperiment.deeperChangeMore("t", new Summary.Stat(5, 0.8, 0.3),
                new Summary.Stat(5, 5, 1), CHANGES).holds()).isTrue();
    }

    @Test
    void failsWithinTheNoiseOrAgainstTheOrderWhateverTheSlope() {
        // 2 SE = 2 · 0.6 / √5 = 0.537 > 0.5: an order the trials' spread does not establish
        assertThat(BreakpointMobilityExperiment.deeperChangeMore("t", new Summary.Stat(5, 0.5, 0.6),
                new Summary.Stat(5, 300, 1), CHANGES).holds()).isFalse();
        assertThat(BreakpointMobilityExperiment.deeperChangeMore("t", new Summary.Stat(5, -0.9, 0.1),
                new Summary.Stat(5, -3, 1), CHANGES).holds()).isFalse();
        // one run has no standard error
        assertThat(BreakpointMobilityExperiment.deeperChangeMore("t", new Summary.Stat(1, 1, 0),
                new Summary.Stat(1, 3, 0), CHANGES).holds()).isFalse();
    }

    @Test
    void theGapReadingDropsExactlyThePointsInsideTheGap() {
        org.splinelens.core.data.Dataset grid = new org.splinelens.core.data.Dataset(
                new double[] {-3, -0.5, -0.45, 0, 0.45, 0.5, 3}, new double[] {1, 2, 3, 4, 5, 6, 7});
        org.splinelens.core.data.Dataset kept = BreakpointMobilityExperiment.withoutGap(grid);
        assertThat(kept.x()).containsExactly(-3, -0.5, 0.5, 3);
        assertThat(kept.y()).containsExactly(1, 2, 6, 7);
    }
}
