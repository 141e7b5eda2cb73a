package org.splinelens.cli;

import java.util.Locale;
import org.splinelens.experiments.runner.Agreement;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.Verdict;

/**
 * The outcome of a {@code reproduce} as a Markdown page ({@code --record FILE}, e.g. docs/RESULTS.md): stamped with
 * the commit and scale it came from, then per experiment every claim's verdict with its evidence and every paper-table
 * cell beside the paper's, agreeing or differing with the reason. A reader sees the reproduction without running it.
 */
final class ResultsRecord {
    private ResultsRecord() {
    }

    /**
     * @param report the finished reproduce
     * @param commit the commit the code was built from, or null when unknown
     * @return the page
     */
    static String markdown(ReproduceReport report, String commit) {
        StringBuilder md = new StringBuilder("# Results: the papers' claims and tables, recomputed\n\n");
        md.append(String.format(Locale.ROOT, "Written by `./splinelens reproduce --scale %s --record` at commit %s,"
                + " %.0f s on %d threads. %s; %s.%n%n", report.scale(), commit == null ? "(unknown)" : "`" + commit
                + "`", report.seconds(), report.threads(), report.totals(), report.cellTotals()));
        md.append("A table cell *agrees* when our mean and the paper's are within two standard errors of their"
                + " difference (the paper's over ").append(Agreement.PAPER_TRIALS).append(" trials); a cell that"
                + " *differs* names the reason where we found and tested one.\n\n");
        md.append("| experiment | trials | claims holding | table cells |\n| --- | --- | --- | --- |\n");
        for (ReproduceReport.Run run : report.runs()) {
            md.append("| ").append(run.name()).append(" | ").append(run.trials()).append(" | ")
                    .append(run.outcome().claimsHolding()).append(" | ").append(ReproduceReport.cells(run.outcome()))
                    .append(" |\n");
        }
        for (ReproduceReport.Run run : report.runs()) {
            Runner.Outcome outcome = run.outcome();
            md.append("\n## ").append(run.name()).append("\n\n").append(cell(run.description())).append("\n\n");
            for (Verdict verdict : outcome.verdicts()) {
                md.append("- **").append(cell(verdict.verdict())).append("**: ").append(cell(verdict.claim()))
                        .append(" — ").append(cell(verdict.fullEvidence())).append('\n');
            }
            for (PaperTable table : outcome.tables()) {
                table(md, table);
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, PaperTable table) {
        md.append("\n**").append(cell(table.title())).append("**");
        if (table.missing()) {
            md.append(": numbers ").append(cell(table.note())).append("\n");
            return;
        }
        md.append(table.compared() > 0 ? " — " + table.agreeing() + " of " + table.compared() + " cells agree" : "")
                .append("\n\n| row | column | paper | ours | outcome |\n| --- | --- | --- | --- | --- |\n");
        for (PaperTable.TableRow row : table.rows()) {
            for (int c = 0; c < table.columns().size(); c++) {
                Agreement agreement = row.agreement().get(c);
                md.append("| ").append(cell(row.label())).append(" | ").append(cell(table.columns().get(c)))
                        .append(" | ").append(cell(row.paperCell(c))).append(" | ").append(cell(row.ours().get(c)))
                        .append(" | ").append(agreement.outcome());
                if (agreement.outcome() == Agreement.Outcome.DIFFERS) {
                    md.append(": ").append(cell(agreement.detail()));
                }
                md.append(" |\n");
            }
        }
        if (!table.note().isEmpty()) {
            md.append('\n').append(cell(table.note())).append('\n');
        }
    }

    /** @return {@code text} safe inside a Markdown table cell: no pipe, no line break */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }
}
