package org.splinelens.experiments.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three outcomes of a verdict, decided from summaries built out of trial rows with diverged (NaN) trials. */
class VerdictTest {

    private static final Map<String, String> SPIKY = Map.of("init", "spiky");
    private static final Map<String, String> STANDARD = Map.of("init", "standard");

    /** @return the summary of trials whose loss in each cell is the given value, NaN for a diverged trial */
    private static Summary summary(double[] spiky, double[] standard) {
        List<Row> rows = new ArrayList<>();
        for (double loss : spiky) {
            rows.add(new Row(SPIKY, Map.of("loss", loss)));
        }
        for (double loss : standard) {
            rows.add(new Row(STANDARD, Map.of("loss", loss)));
        }
        return Summary.of(rows);
    }

    /** "The spiky start's loss is higher beyond 2 SE", the rule the experiments use. */
    private static Verdict higher(Summary summary) {
        Summary.Stat b = summary.stat(SPIKY, "loss");
        Summary.Stat a = summary.stat(STANDARD, "loss");
        return Verdict.compared("spiky higher", b.mean() - a.mean() > a.twoStandardErrors(b), b + " vs " + a,
                List.of(Verdict.side("spiky", b), Verdict.side("standard", a)));
    }

    @Test
    void aSummaryCountsTheTrialsBehindAStatisticAndThoseLostToNaN() {
        Summary.Stat stat = summary(new double[] {1, Double.NaN, 3, Double.NaN, Double.NaN}, new double[] {1})
                .stat(SPIKY, "loss");
        assertThat(stat.count()).isEqualTo(2);
        assertThat(stat.trials()).isEqualTo(5);
        assertThat(stat.lost()).isEqualTo(3);
        assertThat(stat.mean()).isEqualTo(2);
        assertThatThrownBy(() -> stat.outOf(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count 2 of 1 trials");
    }

    @Test
    void normalSidesHoldOrFailByTheNumbers() {
        Verdict apart = higher(summary(new double[] {10, 11, 12}, new double[] {1, 2, 3}));
        assertThat(apart.outcome()).isEqualTo(Verdict.Outcome.HOLDS);
        assertThat(apart.holds()).isTrue();
        assertThat(apart.reason()).isEmpty();
        assertThat(apart.diverged()).as("no trial diverged").isEmpty();
        Verdict close = higher(summary(new double[] {1, 2, 3.5}, new double[] {1, 2, 3}));
        assertThat(close.outcome()).isEqualTo(Verdict.Outcome.FAILS);
        assertThat(close.toString()).contains(": does not hold, ");
    }

    @Test
    void oneSurvivingTrialOnASideIsUndeterminedWhateverTheMeans() {
        // one spiky trial of two diverged; the survivor's loss is far above the standard's, yet one trial decides
        // nothing
        Verdict verdict = higher(summary(new double[] {100, Double.NaN}, new double[] {1, 2}));
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.UNDETERMINED);
        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.reason()).contains("spiky: 1 of 2 trials survived");
        assertThat(verdict.diverged()).isEqualTo("diverged: 1 of 2 (spiky), 0 of 2 (standard)");
        assertThat(verdict.toString()).contains("undetermined (spiky").endsWith(verdict.diverged());
    }

    @Test
    void moreThanHalfTheTrialsDivergedIsUndeterminedButHalfIsNot() {
        double nan = Double.NaN;
        Verdict most = higher(summary(new double[] {10, 11, nan, nan, nan}, new double[] {1, 2, 3, 4, 5}));
        assertThat(most.outcome()).isEqualTo(Verdict.Outcome.UNDETERMINED);
        assertThat(most.reason()).contains("spiky: 3 of 5 trials diverged, more than half");
        Verdict half = higher(summary(new double[] {10, 11, nan, nan}, new double[] {1, 2, 3, 4}));
        assertThat(half.outcome()).isEqualTo(Verdict.Outcome.HOLDS);
        assertThat(half.fullEvidence()).endsWith("; diverged: 2 of 4 (spiky), 0 of 4 (standard)");
    }

    @Test
    void sidesSharingALabelAreCountedTogether() {
        Summary.Stat lostOne = new Summary.Stat(4, 1, 0.1, 5);
        Summary.Stat whole = new Summary.Stat(5, 1, 0.1, 5);
        Verdict verdict = Verdict.compared("c", true, "e", List.of(Verdict.side("spiky", lostOne),
                Verdict.side("standard", whole), Verdict.side("spiky", whole), Verdict.side("standard", whole)));
        assertThat(verdict.divergence()).containsExactly(new Verdict.Divergence("spiky", 1, 10),
                new Verdict.Divergence("standard", 0, 10));
        // two metrics of the same trials are one side: its trials count once, its losses as the worse metric's
        Verdict twoMetrics = Verdict.compared("c", true, "e", List.of(Verdict.side("spiky", whole, lostOne)));
        assertThat(twoMetrics.divergence()).containsExactly(new Verdict.Divergence("spiky", 1, 5));
        Summary.Stat mostLost = new Summary.Stat(2, 1, 0.1, 5);
        assertThat(Verdict.compared("c", true, "e", List.of(Verdict.side("spiky", whole, mostLost))).reason())
                .as("a side is insufficient when any of its statistics is").contains("3 of 5 trials diverged");
    }

    @Test
    void evidenceThatIsNotFiniteIsUndetermined() {
        assertThat(Verdict.of("c", true, "ratio NaN", 1.0, Double.NaN).outcome())
                .isEqualTo(Verdict.Outcome.UNDETERMINED);
        assertThat(Verdict.of("c", false, "slope ∞", Double.POSITIVE_INFINITY).reason()).contains("Infinity");
        assertThat(Verdict.of("c", true, "finite", 1.0, -2.0).outcome()).isEqualTo(Verdict.Outcome.HOLDS);
        assertThat(Verdict.of("c", false, "no numbers").outcome()).isEqualTo(Verdict.Outcome.FAILS);
        // every trial diverged: the summary's mean is NaN and no side survives
        double[] lost = {Double.NaN, Double.NaN};
        Verdict allNaN = higher(summary(lost, lost));
        assertThat(allNaN.outcome()).isEqualTo(Verdict.Outcome.UNDETERMINED);
        assertThat(allNaN.reason()).contains("spiky: 0 of 2 trials survived").contains("and 1 more side");
    }

    @Test
    void theRecordRefusesAnOutcomeItsSidesCannotSupport() {
        Verdict.Side one = Verdict.side("spiky", new Summary.Stat(1, 1, 0, 2));
        assertThatThrownBy(() -> new Verdict("c", Verdict.Outcome.HOLDS, "e", List.of(one), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spiky: 1 of 2 trials survived");
        assertThatThrownBy(() -> new Verdict("c", Verdict.Outcome.UNDETERMINED, "e", List.of(), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> new Verdict("c", Verdict.Outcome.FAILS, "e", List.of(), "why"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThat(Verdict.undetermined("c", "e", "too few points").toString())
                .contains("undetermined (too few points)");
    }

    @Test
    void aRunCountsItsUndeterminedClaimsApart() {
        Verdict holds = Verdict.of("a", true, "e", 1.0);
        Verdict fails = Verdict.of("b", false, "e", 1.0);
        Verdict open = Verdict.of("c", true, "e", Double.NaN);
        Runner.Outcome outcome = new Runner.Outcome(new Summary(List.of()), List.of(holds, fails, open, open),
                List.of(), RunScale.PAPER, 1, 0, 0, List.of());
        assertThat(outcome.holding()).isEqualTo(1);
        assertThat(outcome.undetermined()).isEqualTo(2);
        assertThat(outcome.claimsHolding()).isEqualTo("1/4, 2 undetermined");
    }
}
