package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.RunScale;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/**
 * reproduce --record's page on an outcome built by hand: every verdict with its evidence, every compared cell with its
 * outcome, a differing cell's detail and reason (an agreeing one's not), a table whose numbers are missing as one
 * line, and Markdown's pipe escaped inside cells.
 */
class ResultsRecordTest {

    @Test
    void thePageShowsEveryVerdictAndCellWithTheReasonOfADifference() {
        PaperTable table = new PaperTable("Table 9: a | b", List.of("c1", "c2"), List.of(
                PaperTable.TableRow.compared("row", List.of("1 ± 0.1", "1 ± 0.1"), List.of(new Summary.Stat(5, 1,
                        0.1), new Summary.Stat(5, 3, 0.1)), List.of("never shown", "a sum, not a mean"))));
        Runner.Outcome outcome = new Runner.Outcome(Summary.of(List.of()), List.of(Verdict.of("claim a", true,
                "evidence a"), Verdict.of("claim b", false, "evidence b")), List.of(table,
                        PaperTable.numbersMissing("Table 4", "an image")), RunScale.PAPER, 5, 0, 1.0, List.of());
        String page = ResultsRecord.markdown(new ReproduceReport("paper", List.of(new ReproduceReport.Run("demo",
                "a demonstration", 5, outcome)), 2.0, 1), "abc123");

        assertThat(page).contains("at commit `abc123`").contains("| demo | 5 |")
                .contains("- **holds**: claim a — evidence a").contains("- **does not hold**: claim b — evidence b")
                .contains("**Table 9: a \\| b** — 1 of 2 cells agree")
                .contains("| row | c1 | 1 ± 0.1 | 1.000 ± 0.10 | agrees |")
                .contains("| row | c2 | 1 ± 0.1 | 3.000 ± 0.10 | differs: difference 2.00, 2 SE 0.126; a sum, not a"
                        + " mean |")
                .doesNotContain("never shown")
                .contains("**Table 4**: numbers " + PaperTable.NOT_IN_OUR_COPY + " (an image)");
    }
}
