package org.splinelens.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;

/** The summary on a page: scalar cells as tables, a curve's per-x cells one line, no float noise. */
class SummaryTablesTest {

    private static String html(Summary summary) {
        StringBuilder html = new StringBuilder();
        SummaryTables.write(html, summary);
        return html.toString();
    }

    /** Two trials of two scalar cells, a reading's cell apart, and two curves of 201 points on [-2, 2] each. */
    private static Summary summary() {
        List<Row> rows = new ArrayList<>();
        for (int trial = 0; trial < 2; trial++) {
            for (String init : List.of("standard", "spiky")) {
                rows.add(new Row(CellBuilder.of("init", init).and("reading", "").and("x", "").build(),
                        Map.of("testLoss", 1.0 / 3 + trial)));
                for (int k = 0; k <= 200; k++) {
                    // x = -2 + 0.02 k as a double prints with binary noise (k = 7: -1.8599999999999999)
                    rows.add(new Row(CellBuilder.of("init", init).and("reading", "").and("x", -2 + 0.02 * k)
                            .build(), Map.of("f", Math.sin(k))));
                }
            }
            // a trial of loss-sum diverged (NaN): its cell has one value where the other readings have two
            rows.add(new Row(CellBuilder.of("init", "spiky").and("reading", "loss-sum").and("x", "").build(),
                    trial == 0 ? Map.of("testLoss", 2.0) : Map.of("testLoss", Double.NaN)));
            for (String reading : List.of("loss-mean", "balanced")) {
                rows.add(new Row(CellBuilder.of("init", "spiky").and("reading", reading).and("x", "").build(),
                        Map.of("testLoss", 3.0)));
            }
        }
        return Summary.of(rows);
    }

    @Test
    void curvesAreOneLineEachAndScalarCellsKeepTheirTables() {
        Summary summary = summary();
        assertThat(SummaryTables.axes(summary)).containsExactly("x");
        String html = html(summary);
        // (1/3 + 4/3) / 2 = 0.8333...; sd of {1/3, 4/3} is 1/√2 = 0.7071...
        assertThat(html).contains("<td>standard</td><td class=\"num\">0.8333 ± 0.71</td>")
                .contains("2 trials per cell").contains("402 cells lie on 2 curves, one cell per point along x")
                .contains("<td>standard</td><td>x</td><td class=\"num\">201</td><td class=\"num\">-2</td>"
                        + "<td class=\"num\">2</td><td>f</td>")
                .contains("<a href=\"summary.csv\">");
        // the reading's cell is in a table of its own (it sets one more factor), its one trial marked
        assertThat(html).contains("<th>init</th><th>reading</th><th class=\"num\">testLoss</th>")
                .contains("<td>loss-sum</td><td class=\"num\">2 ± 0 <small>(1)</small></td>")
                .contains("<td>loss-mean</td><td class=\"num\">3 ± 0</td>").contains("(k): a cell with k trials");
        Matcher rows = Pattern.compile("<tr>").matcher(html);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        // headers 3 (two scalar tables, the curves), rows 2 + 3 + 2 curves: not one row per point
        assertThat(count).isEqualTo(10);
        assertThat(html).doesNotContain("99999").doesNotContain("00000");
    }

    @Test
    void aSummaryWithoutCurvesHasNoCurvesSection() {
        Summary summary = Summary.of(List.of(new Row(CellBuilder.of("ratio", 0.30000000000000004).build(),
                Map.of("lonely", 0.5))));
        assertThat(SummaryTables.axes(summary)).isEmpty();
        assertThat(html(summary)).doesNotContain("Curves").contains("<td>0.3</td>").contains("1 trial per cell");
    }
}
