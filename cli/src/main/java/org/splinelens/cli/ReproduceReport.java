package org.splinelens.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.splinelens.experiments.report.HtmlReport;
import org.splinelens.experiments.report.ReportStyle;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.RunScale;
import org.splinelens.experiments.runner.Runner;

/**
 * What {@code reproduce} shows once its runs are done: a table on stdout and the index page linking every run's
 * report. Paper-scale verdicts and indicative ones ({@link RunScale}) are kept apart: each row says which it has, and
 * the totals count them separately.
 *
 * @param scale    the preset the command ran
 * @param runs     one entry per experiment, in the command's order
 * @param seconds  wall time of the whole command
 * @param threads  worker threads
 */
record ReproduceReport(String scale, List<Run> runs, double seconds, int threads) {

    /**
     * @param name        the experiment
     * @param description what it reproduces
     * @param trials      its trials
     * @param outcome     its run's outcome
     */
    record Run(String name, String description, int trials, Runner.Outcome outcome) {
    }

    ReproduceReport {
        runs = List.copyOf(runs);
    }

    /** The table: one line per experiment, its claims holding (marked indicative below paper scale), then totals. */
    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "%-26s %8s  %-13s %s%n", "experiment", "trials", "table cells", "claims holding");
        for (Run run : runs) {
            out.printf(Locale.ROOT, "%-26s %8d  %-13s %s%n", run.name(), run.trials(), cells(run.outcome()),
                    run.outcome().claimsHolding());
        }
        out.println(totals());
        out.println(cellTotals());
        if (runs.stream().anyMatch(run -> run.outcome().scale() == RunScale.QUICK)) {
            out.println("quick scale is the smoke test; the papers' protocols: ./splinelens reproduce --scale paper");
        }
    }

    /** @return the paper-table cells of a run that agree with the paper's, of those compared ("3/8 agree"), or "—" */
    static String cells(Runner.Outcome outcome) {
        int compared = outcome.tables().stream().mapToInt(PaperTable::compared).sum();
        int agreeing = outcome.tables().stream().mapToInt(PaperTable::agreeing).sum();
        return compared == 0 ? "—" : agreeing + "/" + compared + " agree";
    }

    /** @return the paper-table cells agreeing, of those compared, at paper scale and, apart, the indicative ones */
    String cellTotals() {
        return byScale("paper-table cells agreeing:", outcome -> outcome.tables().stream()
                .mapToInt(PaperTable::agreeing).sum(), outcome -> outcome.tables().stream()
                .mapToInt(PaperTable::compared).sum(), outcome -> 0);
    }

    /**
     * @return the claims holding at paper scale and, apart, the indicative ones, each with the undetermined counted
     *         apart ("82/146 at paper scale, 7 undetermined")
     */
    String totals() {
        return byScale("claims holding:", Runner.Outcome::holding, outcome -> outcome.verdicts().size(),
                Runner.Outcome::undetermined);
    }

    /**
     * @return {@code label} then "k/n at paper scale", "k/n indicative (quick scale)" … for each scale present, each
     *         followed by ", u undetermined" when {@code undetermined} counts any
     */
    private String byScale(String label, ToIntFunction<Runner.Outcome> count, ToIntFunction<Runner.Outcome> of,
            ToIntFunction<Runner.Outcome> undetermined) {
        StringBuilder line = new StringBuilder(label);
        String separator = " ";
        for (RunScale scale : RunScale.values()) {
            int counted = 0;
            int total = 0;
            int open = 0;
            for (Run run : runs) {
                if (run.outcome().scale() == scale) {
                    counted += count.applyAsInt(run.outcome());
                    total += of.applyAsInt(run.outcome());
                    open += undetermined.applyAsInt(run.outcome());
                }
            }
            if (total > 0) {
                line.append(separator).append(counted).append('/').append(total).append(' ')
                        .append(scale.indicative() ? scale.standing() : "at " + scale.label())
                        .append(open > 0 ? ", " + open + " undetermined" : "");
                separator = "; ";
            }
        }
        return separator.equals(" ") ? line.append(" none").toString() : line.toString();
    }

    /** @return the index page: a row per run linking its report, paper-scale and indicative verdicts in two columns */
    String html() {
        StringBuilder index = new StringBuilder(ReportStyle.head("splinelens reproduce")
                + "<h1>splinelens: the papers' tables and figures, recomputed (" + scale + " scale)</h1>\n");
        if (runs.stream().anyMatch(run -> run.outcome().scale().indicative())) {
            index.append("<p class=\"indicative\">Verdicts below paper scale are indicative only: the quick scale is"
                    + " the smoke test, not the papers' protocol (<code>./splinelens reproduce --scale paper</code>)."
                    + "</p>\n");
        }
        index.append("<table><tr><th>experiment</th><th>what</th><th>scale</th><th>claims holding (paper scale)</th>"
                + "<th>claims holding, indicative</th><th>paper-table cells</th></tr>\n");
        for (Run run : runs) {
            Runner.Outcome outcome = run.outcome();
            String count = outcome.holding() + " / " + outcome.verdicts().size()
                    + (outcome.undetermined() > 0 ? ", " + outcome.undetermined() + " undetermined" : "");
            index.append("<tr><td><a href=\"").append(run.name()).append("/report.html\">").append(run.name())
                    .append("</a></td><td>").append(HtmlReport.escape(run.description())).append("</td><td>")
                    .append(outcome.scale()).append("</td><td>")
                    .append(outcome.scale().indicative() ? "—" : count).append("</td><td>")
                    .append(outcome.scale().indicative() ? "<span class=\"indicative\">" + count + " "
                            + outcome.scale().standing() + "</span>" : "—").append("</td><td>")
                    .append(cells(outcome)).append("</td></tr>\n");
        }
        index.append(String.format(Locale.ROOT, "</table>\n<p>%s; %s.</p>\n<p>%.1f s on %d threads.</p>%n",
                HtmlReport.escape(totals()), cellTotals(), seconds, threads));
        return index.append("</body></html>\n").toString();
    }
}
