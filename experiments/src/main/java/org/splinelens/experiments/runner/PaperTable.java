package org.splinelens.experiments.runner;

import java.util.List;
import java.util.Objects;

/**
 * A table of the paper's numbers beside ours: same rows and columns, the paper's value and the reproduction's. Where
 * our copy of a paper lacks numbers, the report says so instead of leaving a blank: a cell is
 * {@link #NOT_IN_OUR_COPY} (a blank paper cell is shown as that too), and a table whose numbers are missing altogether
 * is {@link #numbersMissing}, which the report shows as a line naming the table.
 *
 * @param title   caption with the paper's table or figure number
 * @param columns column headers after the row label
 * @param rows    one entry per row
 * @param note    a line shown under the table (how the paper's numbers were read, what differs), or empty
 */
public record PaperTable(String title, List<String> columns, List<TableRow> rows, String note) {
    /** A paper cell, or a whole table, whose numbers our copy of the paper does not print. */
    public static final String NOT_IN_OUR_COPY = "not in our copy of the paper";

    /** A paper cell for a row or column our config has and the paper's table does not (a target it did not run). */
    public static final String NOT_IN_PAPER = "—";

    public PaperTable {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        note = Objects.requireNonNull(note, "note");
        for (TableRow row : rows) {
            if (row.paper().size() != columns.size() || row.ours().size() != columns.size()) {
                throw new IllegalArgumentException("row " + row.label() + ": " + columns.size() + " columns expected");
            }
        }
    }

    /** A table without a note. */
    public PaperTable(String title, List<String> columns, List<TableRow> rows) {
        this(title, columns, rows, "");
    }

    /**
     * @param title the paper's table ("FC Table 4: …")
     * @param why   what our copy has instead (an image, a caption only), or empty
     * @return a table the paper prints whose numbers our copy lacks: no rows, the note says so
     */
    public static PaperTable numbersMissing(String title, String why) {
        return new PaperTable(title, List.of(), List.of(), why.isEmpty() ? NOT_IN_OUR_COPY
                : NOT_IN_OUR_COPY + " (" + why + ")");
    }

    /** @return whether this table stands for numbers our copy of the paper lacks altogether */
    public boolean missing() {
        return rows.isEmpty() && note.startsWith(NOT_IN_OUR_COPY);
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

        /** @return the paper's value in column {@code c}, {@link #NOT_IN_OUR_COPY} when it is blank */
        public String paperCell(int c) {
            String value = paper.get(c);
            return value.isBlank() ? NOT_IN_OUR_COPY : value;
        }
    }
}
