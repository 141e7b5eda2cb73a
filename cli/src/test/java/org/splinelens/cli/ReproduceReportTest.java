package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.RunScale;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/** reproduce's totals and record count table cells as they count claims: paper scale apart from indicative. */
class ReproduceReportTest {

    /** A run with one verdict and one table of two compared cells, the first agreeing and the second not. */
    private static ReproduceReport.Run run(String name, RunScale scale) {
        // paper 1 ± 0.1 vs ours 1.05 ± 0.1 (5 trials): margin 2 √(0.002 + 0.002) = 0.126 > 0.05, agrees;
        // paper 9 ± 1 vs ours 2 ± 0.1: margin 2 √(0.01/5 + 1/5) = 0.899 < 7, differs
        PaperTable table = new PaperTable("Table 9", List.of("a", "b"), List.of(PaperTable.TableRow.compared("row",
                List.of("1 ± 0.1", "9 ± 1"), List.of(new Summary.Stat(5, 1.05, 0.1), new Summary.Stat(5, 2, 0.1)),
                List.of("", "the paper sums over the grid"))));
        Runner.Outcome outcome = new Runner.Outcome(Summary.of(List.of()), List.of(Verdict.of("claim", true, "1 > 0")),
                List.of(table), scale, 5, 0, 1.0, List.of());
        return new ReproduceReport.Run(name, "what it reproduces", 5, outcome);
    }

    @Test
    void cellTotalsKeepPaperScaleApartFromIndicative() {
        ReproduceReport report = new ReproduceReport("paper", List.of(run("a", RunScale.PAPER),
                run("b", RunScale.CUSTOM)), 3.0, 2);
        assertThat(report.cellTotals()).isEqualTo("paper-table cells agreeing: 1/2 at paper scale; 1/2 indicative"
                + " (custom scale)");
        assertThat(report.totals()).isEqualTo("claims holding: 1/1 at paper scale; 1/1 indicative (custom scale)");
        assertThat(ReproduceReport.cells(report.runs().get(0).outcome())).isEqualTo("1/2 agree");
    }

    @Test
    void theRecordListsEveryCellWithItsOutcomeAndTheReasonOfOneThatDiffers() {
        ReproduceReport report = new ReproduceReport("paper", List.of(run("a", RunScale.PAPER)), 3.0, 2);
        String page = ResultsRecord.markdown(report, "0123456789abcdef0123456789abcdef01234567");
        assertThat(page).contains("at commit `0123456789abcdef0123456789abcdef01234567`")
                .contains("| a | 5 | 1/1 | 1/2 agree |")
                .contains("**Table 9** — 1 of 2 cells agree")
                .contains("| row | a | 1 ± 0.1 | 1.050 ± 0.10 | agrees |")
                .contains("| row | b | 9 ± 1 | 2.000 ± 0.10 | differs: difference -7.00, 2 SE 0.899; the paper sums over"
                        + " the grid |")
                .contains("- **holds**: claim — 1 > 0");
    }

    /**
     * Undetermined claims are counted apart at each scale: of a paper run's three claims one holds, one fails and one
     * lost most of a side's trials; the custom run's one holds.
     */
    @Test
    void undeterminedClaimsAreCountedApartFromTheHoldingAndFailingOnes() {
        Summary.Stat survivors = new Summary.Stat(2, 1, 0.1, 5);
        Verdict lost = Verdict.compared("lost", true, "e", List.of(Verdict.side("spiky", survivors)));
        Runner.Outcome paper = new Runner.Outcome(Summary.of(List.of()), List.of(Verdict.of("holds", true, "e"),
                Verdict.of("fails", false, "e"), lost), List.of(), RunScale.PAPER, 5, 0, 1.0, List.of());
        ReproduceReport report = new ReproduceReport("paper", List.of(new ReproduceReport.Run("a", "what", 5, paper),
                run("b", RunScale.CUSTOM)), 3.0, 2);
        assertThat(report.totals()).isEqualTo("claims holding: 1/3 at paper scale, 1 undetermined; 1/1 indicative"
                + " (custom scale)");
        assertThat(paper.claimsHolding()).isEqualTo("1/3, 1 undetermined");
        String page = ResultsRecord.markdown(report, null);
        assertThat(page).contains("| a | 5 | 1/3, 1 undetermined |")
                .contains("- **undetermined (spiky: 3 of 5 trials diverged, more than half)**: lost — e; diverged: 3"
                        + " of 5 (spiky)");
        assertThat(report.html()).contains("1/3, 1 undetermined");
    }

    @Test
    void theIndexShowsEachRunsFigureLinkingItsReportWithItsClaimsAndCells() {
        ReproduceReport.Run shown = run("a", RunScale.QUICK);
        ReproduceReport.Run figured = new ReproduceReport.Run(shown.name(), shown.description(), shown.trials(),
                shown.outcome(), "main-figure.png");
        String page = new ReproduceReport("quick", List.of(figured, run("b", RunScale.QUICK)), 3.0, 2).html();
        assertThat(page).contains("<a href=\"a/report.html\"><img class=\"thumb\" src=\"a/main-figure.png\"")
                .contains("<a href=\"b/report.html\">b</a>")
                .contains("claims holding: <span class=\"indicative\">" + shown.outcome().claimsHolding())
                .contains("paper-table cells: 1/2 agree")
                .contains("claims holding: 2/2 indicative (quick scale)");
        // a run without a figure has no image at all, rather than a broken one
        assertThat(page.split("<img", -1)).hasSize(2);
    }
}
