package org.splinelens.experiments.hessianflatness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.Summary;

/** Cor 3's growth of flatness with H/N, judged with the two-standard-error margin on constructed statistics. */
class FlatnessGrowthTest {

    @Test
    void growthCountsOnlyBeyondTwoStandardErrorsOfTheDifference() {
        Summary.Stat low = new Summary.Stat(5, 0.6, 0.1);
        // margin 2 √(0.01/5 + 0.01/5) = 0.1265
        assertThat(HessianFlatnessExperiment.grows("r", low, 0.5, new Summary.Stat(5, 0.75, 0.1), 8).holds()).isTrue();
        assertThat(HessianFlatnessExperiment.grows("r", low, 0.5, new Summary.Stat(5, 0.7, 0.1), 8).holds()).isFalse();
        assertThat(HessianFlatnessExperiment.grows("r", low, 0.5, new Summary.Stat(5, 0.5, 0.1), 8).holds()).isFalse();
    }
}
