package org.splinelens.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.piecesvsdepth.PiecesVsDepthConfig;
import org.splinelens.experiments.piecesvsdepth.PiecesVsDepthExperiment;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.spikyinit.SpikyInitConfig;
import org.splinelens.experiments.spikyinit.SpikyInitExperiment;

/** The papers' tables in a report: the paper's column beside ours, and never a blank where our copy lacks numbers. */
class PaperTableReportTest {

    private static String html(PaperTable table) {
        StringBuilder html = new StringBuilder();
        HtmlReport.paperTable(html, table);
        return html.toString();
    }

    @Test
    void eachColumnShowsThePapersValueBesideOursAndABlankPaperCellSaysItIsMissing() {
        PaperTable table = new PaperTable("Table 9: x", List.of("a", "b"), List.of(
                new PaperTable.TableRow("row", List.of("1.5 ± .2", ""), List.of("1.4 ± 0.1", "2.0 ± 0.3"))),
                "a note");
        assertThat(html(table)).contains("<th colspan=\"2\">a</th><th colspan=\"2\">b</th></tr>\n<tr><th>paper</th>"
                + "<th>ours</th><th>paper</th><th>ours</th>")
                .contains("<td>row</td><td>1.5 ± .2</td><td>1.4 ± 0.1</td><td>not in our copy of the paper</td>"
                        + "<td>2.0 ± 0.3</td>")
                .contains("a note");
        assertThatThrownBy(() -> new PaperTable("t", List.of("a"), List.of(new PaperTable.TableRow("r",
                List.of("1", "2"), List.of("1", "2"))))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparedCellsSayWhetherTheyAgreeAndADifferingCellShowsItsReason() {
        PaperTable table = new PaperTable("Table 9: x", List.of("a", "b"), List.of(PaperTable.TableRow.compared("row",
                List.of("1.5 ± .2", "9 ± 1"), List.of(new Summary.Stat(5, 1.4, 0.1), new Summary.Stat(5, 2, 0.3)),
                List.of("", "the paper sums"))));
        assertThat(table.compared()).isEqualTo(2);
        assertThat(table.agreeing()).isEqualTo(1);
        assertThat(html(table)).contains("<td>1.400 ± 0.10<br><span class=\"badge agrees\"")
                .contains("<span class=\"badge differs\"").contains("<span class=\"reason\">")
                .contains("the paper sums").contains("1 of 2 cells agree</b> with the paper's");
    }

    @Test
    void aTableWhoseNumbersOurCopyLacksIsALineSayingSo() {
        PaperTable missing = PaperTable.numbersMissing("FC Table 4: widths", "an image in our copy");
        assertThat(missing.missing()).isTrue();
        assertThat(html(missing)).contains("<p class=\"missing\">FC Table 4: widths: numbers not in our copy of the"
                + " paper (an image in our copy)</p>").doesNotContain("<table>");
        assertThat(html(PaperTable.numbersMissing("Table 5", ""))).contains("Table 5: numbers not in our copy of the"
                + " paper</p>");
    }

    @Test
    void piecesVsDepthShowsFcTable2AndSaysTheL3RowIsNotInOurCopy() {
        List<Row> rows = new ArrayList<>();
        Map<String, Double> metrics = new java.util.LinkedHashMap<>();
        for (String metric : List.of("induced", "knots", "pieces", "piecesInDomain")) {
            metrics.put(metric, 41.0);
            metrics.put("init_" + metric, 41.0);
        }
        for (String target : List.of("sin-pi", "sin")) {
            for (int depth : List.of(2, 3)) {
                rows.add(new Row(CellBuilder.of("kind", "result").and("target", target).and("depth", depth)
                        .and("units", "").and("trial", "").build(), metrics));
            }
        }
        PiecesVsDepthConfig config = new PiecesVsDepthConfig(40, List.of(2, 3), List.of("sin-pi", "sin"), 0.05, 5e-5,
                1, 1, List.of(10), 1);
        List<PaperTable> tables = new PiecesVsDepthExperiment().paperTables(config, Summary.of(rows));
        PaperTable table = tables.get(0);
        assertThat(table.title()).startsWith("FC Table 2");
        // FC Table 2, L = 2, Sine column
        assertThat(table.rows().get(0).paper()).containsExactly("55.5 ± 2.9", PaperTable.NOT_IN_PAPER);
        assertThat(table.rows().get(0).ours()).containsExactly("41.00 ± 0.0", "41.00 ± 0.0");
        assertThat(table.rows().get(1).paper()).containsExactly(PaperTable.NOT_IN_OUR_COPY, PaperTable.NOT_IN_PAPER);
        assertThat(html(table)).contains("<td>L = 2</td><td>55.5 ± 2.9</td><td>41.00 ± 0.0</td>")
                .contains("<td>L = 3</td><td>not in our copy of the paper</td>");
    }

    @Test
    void spikyInitShowsTable3ShallowAndDeepColumns() {
        List<Row> rows = new ArrayList<>();
        for (String depth : List.of("shallow", "deep")) {
            for (String init : List.of("standard", "spiky")) {
                rows.add(new Row(CellBuilder.of("target", "sin").and("depth", depth).and("init", init).build(),
                        Map.of("testLoss", 2.0, "trainLoss", 1.0)));
            }
        }
        SpikyInitConfig config = new SpikyInitConfig(List.of("sin"), 20, 21, List.of(8), 1e-4, 5, 1, 1, 1, "grid", 20,
                "sum", false, 0.04);
        PaperTable table = new SpikyInitExperiment().paperTables(config, Summary.of(rows)).get(0);
        // Table 3, Sine: Shallow, Spiky Shallow, then Deep, Spiky Deep
        assertThat(table.rows().get(0).paper()).containsExactly("42.95 ± 6.406", "157.5 ± 60.27");
        assertThat(table.rows().get(1).label()).isEqualTo("sin (deep)");
        assertThat(table.rows().get(1).paper()).containsExactly("31.48 ± 7.078", "122.0 ± 128.2");
        assertThat(html(table)).contains("<td>sin (shallow)</td><td>42.95 ± 6.406</td><td>2.000 ± 0.0</td>");
    }
}
