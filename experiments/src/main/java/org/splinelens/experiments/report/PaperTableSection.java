package org.splinelens.experiments.report;

import static org.splinelens.experiments.report.HtmlReport.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.splinelens.experiments.runner.Agreement;
import org.splinelens.experiments.runner.PaperTable;

/**
 * A paper's table on a run's page: how many compared cells agree, then each column as the paper's value beside ours,
 * each of our compared cells saying whether it agrees and, when it differs, why — a short reason in the cell, a long
 * one as a numbered note under the table (the same reason of several cells one note), so the table stays a grid of
 * numbers a reader can scan; then the table's note. A table whose numbers our copy of the paper lacks is one line.
 */
final class PaperTableSection {
    /** A reason up to this many characters stays in its cell ("difference -33.9, 2 SE 8.96"); longer is a note. */
    static final int SHORT_REASON = 60;

    private PaperTableSection() {
    }

    /** Appends {@code table}, the page's {@code index}-th (which names its notes' anchors), to {@code html}. */
    static void write(StringBuilder html, PaperTable table, int index) {
        if (table.missing()) {
            html.append("<h2>").append(escape(table.title())).append("</h2>\n<p class=\"missing\">")
                    .append(escape(table.title())).append(": numbers ").append(escape(table.note())).append("</p>\n");
            return;
        }
        html.append("<h2>").append(escape(table.title())).append("</h2>\n");
        if (table.compared() > 0) {
            html.append("<p><b>").append(table.agreeing()).append(" of ").append(table.compared())
                    .append(" cells agree</b> with the paper's (means within two standard errors of their difference,"
                            + " the paper's over ").append(Agreement.PAPER_TRIALS).append(" trials).</p>\n");
        }
        html.append("<div class=\"scroll\"><table class=\"paper\">\n<tr><th rowspan=\"2\"></th>");
        for (String column : table.columns()) {
            html.append("<th colspan=\"2\">").append(escape(column)).append("</th>");
        }
        html.append("</tr>\n<tr>");
        table.columns().forEach(c -> html.append("<th>paper</th><th>ours</th>"));
        html.append("</tr>\n");
        // a long reason, in order of first appearance, to the cells ("row, column") that give it
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (PaperTable.TableRow row : table.rows()) {
            html.append("<tr><td>").append(escape(row.label())).append("</td>");
            for (int c = 0; c < table.columns().size(); c++) {
                html.append("<td>").append(escape(row.paperCell(c))).append("</td>");
                cell(html, row.ours().get(c), row.agreement().get(c), notes,
                        row.label() + ", " + table.columns().get(c), index);
            }
            html.append("</tr>\n");
        }
        html.append("</table></div>\n");
        if (!notes.isEmpty()) {
            html.append("<ol class=\"notes\">\n");
            notes.forEach((reason, cells) -> html.append("<li id=\"").append(anchor(index, notes, reason))
                    .append("\"><b>").append(escape(String.join("; ", cells))).append("</b> differs: ")
                    .append(escape(reason)).append("</li>\n"));
            html.append("</ol>\n");
        }
        html.append("<p class=\"meta\">Paper: as printed; ").append(PaperTable.NOT_IN_PAPER)
                .append(": a row or column the paper's table does not have.");
        if (!table.note().isEmpty()) {
            html.append(' ').append(escape(table.note()));
        }
        html.append("</p>\n");
    }

    /** Our cell: the value, then (when compared) whether it agrees and, when it differs, the reason or its note. */
    private static void cell(StringBuilder html, String ours, Agreement agreement, Map<String, List<String>> notes,
            String where, int index) {
        html.append("<td>").append(escape(ours));
        if (agreement.outcome() != Agreement.Outcome.NOT_COMPARED) {
            html.append("<br><span class=\"badge ").append(agreement.agrees() ? "agrees" : "differs")
                    .append("\" title=\"").append(escape(agreement.detail())).append("\">")
                    .append(agreement.outcome()).append("</span>");
            String reason = agreement.detail();
            if (!agreement.agrees() && !reason.isEmpty()) {
                if (reason.length() <= SHORT_REASON) {
                    html.append("<span class=\"reason\">").append(escape(reason)).append("</span>");
                } else {
                    notes.computeIfAbsent(reason, r -> new ArrayList<>()).add(where);
                    String anchor = anchor(index, notes, reason);
                    html.append(" <sup><a href=\"#").append(anchor).append("\">")
                            .append(anchor.substring(anchor.lastIndexOf('-') + 1)).append("</a></sup>");
                }
            }
        }
        html.append("</td>");
    }

    /** @return the anchor of {@code reason}'s note: table {@code index}, then the note's number from 1 */
    private static String anchor(int index, Map<String, List<String>> notes, String reason) {
        return "table-" + index + "-note-" + (new ArrayList<>(notes.keySet()).indexOf(reason) + 1);
    }
}
