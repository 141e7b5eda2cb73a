package org.splinelens.experiments.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TwoStandardErrorsTest {

    @Test
    void theMarginIsTwiceTheStandardErrorOfTheDifferenceOfTwoMeans() {
        // sd 2 over 4 trials and sd 3 over 9: 2 √(4/4 + 9/9) = 2√2
        assertThat(new Summary.Stat(4, 0, 2).twoStandardErrors(new Summary.Stat(9, 5, 3)))
                .isEqualTo(2 * Math.sqrt(2));
    }

    @Test
    void oneTrialOnEitherSideLeavesNoMarginSoNoComparisonWithItHolds() {
        double margin = new Summary.Stat(1, 10, 0).twoStandardErrors(new Summary.Stat(5, 0, 1));
        assertThat(margin).isNaN();
        // a difference of 10 against one trial is neither "beyond 2 SE" nor "within 2 SE"
        assertThat(10 > margin).isFalse();
        assertThat(10 <= margin).isFalse();
        assertThat(new Summary.Stat(5, 0, 1).twoStandardErrors(new Summary.Stat(1, 1, 0))).isNaN();
    }
}
