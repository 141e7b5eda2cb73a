package org.splinelens.experiments.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void meansWithinTwoStandardErrorsOfTheirDifferenceAgree() {
        // paper 42.95 ± 6.406 over 5 trials, ours 40 ± 5 over 5: 2 √(25/5 + 6.406²/5) = 7.268 > |40 − 42.95| = 2.95
        Agreement close = Agreement.of("42.95 ± 6.406", 5, new Summary.Stat(5, 40, 5), "reason");
        assertThat(close.outcome()).isEqualTo(Agreement.Outcome.AGREES);
        assertThat(close.detail()).isEqualTo("difference -2.95, 2 SE 7.27");
        // ours 0.0068 ± 0.0029: the margin 2 √(0.0029²/5 + 6.406²/5) = 5.730 is far below the difference 42.94
        Agreement far = Agreement.of("42.95 ± 6.406", 5, new Summary.Stat(5, 0.0068, 0.0029), "a sum, not a mean");
        assertThat(far.outcome()).isEqualTo(Agreement.Outcome.DIFFERS);
        assertThat(far.detail()).isEqualTo("difference -42.9, 2 SE 5.73; a sum, not a mean");
    }

    @Test
    void theMarginIsExactlyTwoStandardErrorsAtItsEdge() {
        // paper 0 ± 0, ours sd 1 over 4 trials: margin 2 √(1/4) = 1; a difference of 1 agrees, 1 + 1e-9 does not
        assertThat(Agreement.of("0 ± 0", 5, new Summary.Stat(4, 1, 1), "").agrees()).isTrue();
        assertThat(Agreement.of("0 ± 0", 5, new Summary.Stat(4, 1 + 1e-9, 1), "").agrees()).isFalse();
    }

    @Test
    void theCellsAsTheTablesPrintThemAreRead() {
        assertThat(Agreement.of(".6509 ± .5928", 5, new Summary.Stat(5, 0.65, 0.5), "").agrees()).isTrue();
        assertThat(Agreement.of("181.1 ± 75.36 ±", 5, new Summary.Stat(5, 181, 70), "").agrees()).isTrue();
        assertThat(Agreement.of("40 ± 0", 5, new Summary.Stat(5, 40, 0), "").agrees()).isTrue();
        assertThat(Agreement.of("1e-3 ± 2e-4", 5, new Summary.Stat(5, 1e-3, 1e-4), "").agrees()).isTrue();
    }

    @Test
    void wordsOrTooFewTrialsAreNotCompared() {
        assertThat(Agreement.of("far more (order 1000s)", 5, new Summary.Stat(5, 1, 1), "").outcome())
                .isEqualTo(Agreement.Outcome.NOT_COMPARED);
        assertThat(Agreement.of(PaperTable.NOT_IN_OUR_COPY, 5, new Summary.Stat(5, 1, 1), "").outcome())
                .isEqualTo(Agreement.Outcome.NOT_COMPARED);
        assertThat(Agreement.of("1 ± 1", 5, new Summary.Stat(1, 1, 0), "").outcome())
                .isEqualTo(Agreement.Outcome.NOT_COMPARED);
        assertThat(Agreement.of("1 ± 1", 5, new Summary.Stat(3, Double.NaN, Double.NaN), "").outcome())
                .isEqualTo(Agreement.Outcome.NOT_COMPARED);
    }
}
