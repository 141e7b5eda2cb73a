package org.splinelens.experiments.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table of the paper's numbers beside ours: same rows and columns, the paper's value and the reproduction's. Where
 * our copy of a paper lacks numbers, the report says so instead of leaving a blank: a cell is
 * {@link #NOT_IN_OUR_COPY} (a blank paper cell is shown as that too), and a table whose numbers are missing altogether
 * is {@link #numbersMissing}, which the report shows as a line naming the table. Where both sides are statistics,
 * each of our cells is judged against the paper's ({@link Agreement}: agrees within two standard errors, or differs
 * with the reason we found).
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

    /** @return how many cells were compared with the paper's (both sides statistics) */
    public int compared() {
        return rows.stream().flatMap(r -> r.agreement().stream())
                .filter(a -> a.outcome() != Agreement.Outcome.NOT_COMPARED).mapToInt(a -> 1).sum();
    }

    /** @return how many cells agree with the paper's */
    public int agreeing() {
        return rows.stream().flatMap(r -> r.agreement().stream()).filter(Agreement::agrees).mapToInt(a -> 1).sum();
    }

    /**
     * @param label     row label
     * @param paper     the paper's values, as printed
     * @param ours      our values (mean ± sd)
     * @param agreement each of our cells judged against the paper's ({@link Agreement})
     */
    public record TableRow(String label, List<String> paper, List<String> ours, List<Agreement> agreement) {
        public TableRow {
            paper = List.copyOf(paper);
            ours = List.copyOf(ours);
            agreement = List.copyOf(agreement);
            if (agreement.size() != ours.size()) {
                throw new IllegalArgumentException("row " + label + ": an agreement per cell expected");
            }
        }

        /** A row whose cells are not compared (the paper's are words, or ours are not statistics). */
        public TableRow(String label, List<String> paper, List<String> ours) {
            this(label, paper, ours, ours.stream().map(o -> Agreement.notCompared("not a statistic")).toList());
        }

        /**
         * @param label   row label
         * @param paper   the paper's values, as printed, over {@link Agreement#PAPER_TRIALS} trials
         * @param ours    our statistics, one per column
         * @param reasons per column, why that cell differs when we know (and test) it, or empty; shown only if it does
         * @return the row with each cell compared
         */
        public static TableRow compared(String label, List<String> paper, List<Summary.Stat> ours,
                List<String> reasons) {
            if (paper.size() != ours.size() || reasons.size() != ours.size()) {
                throw new IllegalArgumentException("row " + label + ": paper, ours and reasons differ in length");
            }
            List<Agreement> agreement = new ArrayList<>();
            for (int c = 0; c < ours.size(); c++) {
                agreement.add(Agreement.of(paper.get(c), Agreement.PAPER_TRIALS, ours.get(c), reasons.get(c)));
            }
            return new TableRow(label, paper, ours.stream().map(Summary.Stat::toString).toList(), agreement);
        }

        /** @return the row compared cell by cell, with no known reason for a difference */
        public static TableRow compared(String label, List<String> paper, List<Summary.Stat> ours) {
            return compared(label, paper, ours, Collections.nCopies(ours.size(), ""));
        }

        /** @return the paper's value in column {@code c}, {@link #NOT_IN_OUR_COPY} when it is blank */
        public String paperCell(int c) {
            String value = paper.get(c);
            return value.isBlank() ? NOT_IN_OUR_COPY : value;
        }
    }
}
