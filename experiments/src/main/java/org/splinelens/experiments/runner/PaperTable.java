package org.splinelens.experiments.runner;

import java.util.List;

/**
 * A table of the paper's numbers beside ours: same rows and columns, the paper's value and the reproduction's.
 *
 * @param title   caption with the paper's table or figure number
 * @param columns column headers after the row label
 * @param rows    one entry per row
 */
public record PaperTable(String title, List<String> columns, List<TableRow> rows) {

    public PaperTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * @param label  row label
     * @param paper  the paper's values, as printed
     * @param ours   our values (mean ± sd)
     */
    public record TableRow(String label, List<String> paper, List<String> ours) {
        public TableRow {
            paper = List.copyOf(paper);
            ours = List.copyOf(ours);
        }
    }
}
