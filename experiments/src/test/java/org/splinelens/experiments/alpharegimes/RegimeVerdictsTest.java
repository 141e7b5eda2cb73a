package org.splinelens.experiments.alpharegimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;

/**
 * The α verdicts on summaries built by hand, where the answer is known: a difference counts only beyond two standard
 * errors of the trial means, a loss is near 0 at 1% of ½Σy², and the text's He claims judged on the printed Table 2
 * come out as its numbers say.
 */
class RegimeVerdictsTest {
    private static final AlphaRegimesConfig CONFIG = new AlphaRegimesExperiment().preset(
            org.splinelens.experiments.runner.Scale.PAPER);

    /** Rows of three trials: each metric's three values, in trial order. */
    private static final class Trials {
        private final List<Row> rows = new ArrayList<>();

        Trials cell(Map<String, String> cell, Object... metricValues) {
            for (int t = 0; t < 3; t++) {
                Map<String, Double> metrics = new LinkedHashMap<>();
                for (int k = 0; k < metricValues.length; k += 2) {
                    metrics.put((String) metricValues[k], ((double[]) metricValues[k + 1])[t]);
                }
                rows.add(new Row(cell, metrics));
            }
            return this;
        }

        Summary summary() {
            return Summary.of(rows);
        }
    }

    private static double[] v(double... values) {
        return values;
    }

    private static Trials fit(Trials trials, String init, double alpha, double[] linear, double[] cubic,
            double[] loss) {
        return trials.cell(Cells.run(init, alpha), "maeLinear", linear, "maeCubic", cubic, "trainLoss", loss,
                "zeroLoss", v(10, 10, 10));
    }

    @Test
    void aFitIsAReferenceOnlyBeyondTwoStandardErrorsAndWithNearZeroLoss() {
        Summary summary = fit(fit(fit(new Trials(), "flat", 3.0, v(0.03, 0.031, 0.029), v(0.15, 0.16, 0.14),
                v(1e-4, 2e-4, 0)), "flat", 10.0, v(0.03, 0.031, 0.029), v(0.15, 0.16, 0.14), v(1, 0.5, 2)),
                "flat", 100.0, v(0.1, 0.2, 0.3), v(0.15, 0.05, 0.25), v(0, 0, 0)).summary();
        Table2.Numbers ours = Table2.ours(summary);
        assertThat(RegimeVerdicts.is(ours, summary, "flat", 3.0, Cells.LINEAR, "").holds()).isTrue();
        assertThat(RegimeVerdicts.is(ours, summary, "flat", 3.0, Cells.CUBIC, "").holds()).isFalse();
        assertThat(RegimeVerdicts.is(ours, summary, "flat", 10.0, Cells.LINEAR, "").holds()).as("loss 1.17 of 10")
                .isFalse();
        assertThat(RegimeVerdicts.is(ours, summary, "flat", 100.0, Cells.CUBIC, "").holds()).as("within noise")
                .isFalse();
    }

    @Test
    void regimeOneIsAnUnderfitAboveAlphaThreesLoss() {
        Summary underfit = fit(fit(new Trials(), "flat", 0.1, v(0.3, 0.2, 0.4), v(0.4, 0.5, 0.3), v(5, 4, 6)),
                "flat", 3.0, v(0.03, 0.031, 0.029), v(0.15, 0.16, 0.14), v(1e-4, 2e-4, 0)).summary();
        assertThat(RegimeVerdicts.regimeOne(Table2.ours(underfit), underfit, 0.1, true).holds()).isTrue();
        Summary fits = fit(fit(new Trials(), "flat", 0.1, v(0.3, 0.2, 0.4), v(0.4, 0.5, 0.3), v(0.01, 0.02, 0)),
                "flat", 3.0, v(0.03, 0.031, 0.029), v(0.15, 0.16, 0.14), v(1e-4, 2e-4, 0)).summary();
        assertThat(RegimeVerdicts.regimeOne(Table2.ours(fits), fits, 0.1, true).holds()).isFalse();
    }

    @Test
    void regimeOneNeedsAFiniteLoss() {
        Summary diverged = fit(new Trials(), "flat", 0.1, v(0.3, 0.2, 0.4), v(0.4, 0.5, 0.3), v(Double.NaN,
                Double.NaN, Double.NaN)).summary();
        assertThat(RegimeVerdicts.regimeOne(Table2.ours(diverged), diverged, 0.1, false).holds()).isFalse();
        Summary infinite = fit(new Trials(), "flat", 0.1, v(0.3, 0.2, 0.4), v(0.4, 0.5, 0.3), v(1,
                Double.POSITIVE_INFINITY, 2)).summary();
        assertThat(RegimeVerdicts.regimeOne(Table2.ours(infinite), infinite, 0.1, false).holds()).isFalse();
    }

    @Test
    void regimeTwoIsNotAbsentWhereHesMaeIsUnknown() {
        Summary summary = fit(fit(new Trials(), "he-normal", 3.0, v(0.2, 0.21, 0.19), v(0.1, 0.11, 0.09),
                v(0, 0, 0)), "he-normal", 10.0, v(Double.NaN, Double.NaN, Double.NaN), v(Double.NaN, Double.NaN,
                Double.NaN), v(0, 0, 0)).summary();
        var verdict = RegimeVerdicts.regimeTwoDisappears(Table2.ours(summary), summary, List.of(3.0, 10.0));
        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.evidence()).contains("no finite MAE at α = 10.0");
        assertThat(RegimeVerdicts.regimeTwoDisappears(Table2.ours(summary), summary, List.of(3.0)).holds()).isTrue();
    }

    /** An α the paper did not run has no row of the printed table: its He claims are judged on the paper's α only. */
    @Test
    void thePrintedTableIsJudgedOnlyAtThePapersAlphas() {
        AlphaRegimesConfig config = new AlphaRegimesConfig(10, List.of(3.0, 30.0), List.of("flat", "he-normal"), 1,
                1e-3, 1e-3, 1, List.of(), false, false, 10, 7, 100, 0, 1);
        Trials trials = new Trials();
        for (String init : List.of("flat", "he-normal")) {
            for (double alpha : List.of(3.0, 30.0)) {
                fit(trials, init, alpha, v(0.1, 0.11, 0.09), v(0.2, 0.21, 0.19), v(0, 0, 0));
            }
            trials.cell(Cells.exponents(init), "flowBreakpoint", v(-2, -2, -2), "flowDeltaSlope", v(2, 2, 2),
                    "adamBreakpoint", v(-1, -1, -1), "adamDeltaSlope", v(1, 1, 1), "flowBreakpointMax", v(1, 1, 1),
                    "adamBreakpointMax", v(1, 1, 1));
        }
        var verdicts = RegimeVerdicts.of(config, trials.summary());
        assertThat(verdicts).filteredOn(v -> v.claim().contains("printed Table 2")).isNotEmpty()
                .allSatisfy(v -> assertThat(v.evidence()).doesNotContain("α = 30.0"));
    }

    /**
     * The printed Table 2: He α = 10 has MAE .115 ± .046 vs linear and .0884 ± .052 vs cubic (not closer to the
     * linear); α = 100 .0556 ± .015 vs cubic, .161 ± .048 vs linear (difference .105 > 2 SE .045); no He row is closer
     * to the linear; He is below flat at α = .1 (.202 vs .251) and α = 1 (.134 vs .137).
     */
    @Test
    void theTextsHeClaimsOnThePrintedTable() {
        Table2.Numbers paper = Table2.paperNumbers();
        assertThat(RegimeVerdicts.is(paper, null, "he-normal", 10.0, Cells.LINEAR, "").holds()).isFalse();
        assertThat(RegimeVerdicts.is(paper, null, "he-normal", 100.0, Cells.CUBIC, "").holds()).isTrue();
        assertThat(RegimeVerdicts.is(paper, null, "flat", 3.0, Cells.LINEAR, "").holds()).isTrue();
        assertThat(RegimeVerdicts.regimeTwoDisappears(paper, null, AlphaRegimesExperiment.PAPER_ALPHAS).holds())
                .isTrue();
        var higher = RegimeVerdicts.uniformlyHigher(paper, AlphaRegimesExperiment.PAPER_ALPHAS);
        assertThat(higher.holds()).isFalse();
        assertThat(higher.evidence()).contains("α = 0.1").contains("α = 1.0").doesNotContain("α = 3.0");
    }

    @Test
    void theSmallTaskFailsForHeOnlyWhenItsLossIsAboveFlatsAndNotNearZero() {
        Trials flat = new Trials().cell(Cells.smallTask("flat"), "trainLoss", v(1e-8, 2e-8, 0), "zeroLoss",
                v(5, 5, 5), "reachedZero", v(1, 1, 1), "frozenFloor", v(0, 0, 0));
        Summary fails = flat.cell(Cells.smallTask("he-normal"), "trainLoss", v(1, 2, 0.5), "zeroLoss", v(5, 5, 5),
                "reachedZero", v(0.2, 0, 0.5), "frozenFloor", v(1, 2, 0.4)).summary();
        assertThat(RegimeVerdicts.smallTask(CONFIG, fails).holds()).isTrue();
        Trials flat2 = new Trials().cell(Cells.smallTask("flat"), "trainLoss", v(1e-8, 2e-8, 0), "zeroLoss",
                v(5, 5, 5), "reachedZero", v(1, 1, 1), "frozenFloor", v(0, 0, 0));
        Summary noisy = flat2.cell(Cells.smallTask("he-normal"), "trainLoss", v(3, 0, 0), "zeroLoss", v(5, 5, 5),
                "reachedZero", v(0, 1, 1), "frozenFloor", v(1, 0, 0)).summary();
        assertThat(RegimeVerdicts.smallTask(CONFIG, noisy).holds()).as("mean 1 but 2 SE 2").isFalse();
    }

    @Test
    void endSlopesJudgeTheInterpolationTheSlopesAndTheFitApart() {
        Summary summary = new Trials()
                .cell(Cells.run("flat", 100.0), "endSlopeGapCubic", v(1, 1.5, 2), "maeCubic", v(0.03, 0.02, 0.04),
                        "trainLoss", v(0, 0, 0), "zeroLoss", v(10, 10, 10))
                .cell(Cells.reading("flat", 100.0, Cells.NO_PINS), "endSlopeGapCubic", v(7, 8, 9), "maeCubic",
                        v(0.02, 0.06, 0.04), "trainLoss", v(1e-4, 0, 0), "zeroLoss", v(10, 10, 10)).summary();
        var verdicts = EndSlopes.verdicts(summary, "flat", 100.0);
        assertThat(verdicts.get(0).holds()).isTrue();
        assertThat(verdicts.get(1).holds()).as("0.04 vs 0.03 within noise").isFalse();
    }

    @Test
    void aRateVerdictHoldsWhenThePredictionIsInTheInterval() {
        Summary summary = new Trials().cell(Cells.exponents("he-normal"), "flowBreakpoint", v(-2.01, -1.99, -2.0),
                "flowDeltaSlope", v(1.0, 1.01, 0.99), "adamBreakpoint", v(-1, -1, -1), "adamDeltaSlope",
                v(1.0, 1.0, 1.0 + 1e-9), "flowBreakpointMax", v(1, 1, 1), "adamBreakpointMax", v(1, 1, 1)).summary();
        var verdicts = RateVerdicts.of(summary, "he-normal");
        assertThat(verdicts).extracting(v -> v.holds()).containsExactly(true, false, true, true);
        Summary flat = new Trials().cell(Cells.exponents("flat"), "flowBreakpoint", v(Double.NaN, Double.NaN,
                Double.NaN), "flowDeltaSlope", v(2, 2, 2), "adamBreakpoint", v(Double.NaN, Double.NaN, Double.NaN),
                "adamDeltaSlope", v(1, 1, 1), "flowBreakpointMax", v(0, 0, 0), "adamBreakpointMax", v(0, 0, 0))
                .summary();
        assertThat(RateVerdicts.of(flat, "flat")).extracting(v -> v.evidence().startsWith("vacuously"))
                .containsExactly(true, false, true, false);
    }
}
