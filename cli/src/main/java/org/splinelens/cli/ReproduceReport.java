package org.splinelens.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.splinelens.experiments.report.HtmlReport;
import org.splinelens.experiments.report.Numbers;
import org.splinelens.experiments.report.PageStyle;
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
     * @param figure      the file in the run's directory the index shows for it ({@link HtmlReport#mainFigure}), or
     *                    empty
     */
    record Run(String name, String description, int trials, Runner.Outcome outcome, String figure) {
        /** A run the index shows without a figure. */
        Run(String name, String description, int trials, Runner.Outcome outcome) {
            this(name, description, trials, outcome, "");
        }
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

    /**
     * @return the index page: the totals, then a card per run with its main figure (a thumbnail linking to its
     *         report), what it reproduces, its claims holding (marked indicative below paper scale) and its
     *         paper-table cells agreeing
     */
    String html() {
        StringBuilder index = new StringBuilder(PageStyle.head("splinelens reproduce")
                + "<h1>splinelens: the papers' tables and figures, recomputed (" + HtmlReport.escape(scale)
                + " scale)</h1>\n");
        if (runs.stream().anyMatch(run -> run.outcome().scale().indicative())) {
            index.append("<p class=\"indicative\">Verdicts below paper scale are indicative only: the quick scale is"
                    + " the smoke test, not the papers' protocol (<code>./splinelens reproduce --scale paper</code>)."
                    + "</p>\n");
        }
        index.append("<p class=\"lead\">").append(HtmlReport.escape(totals())).append("<br>")
                .append(HtmlReport.escape(cellTotals())).append("</p>\n");
        index.append("<div class=\"cards\">\n");
        for (Run run : runs) {
            index.append(card(run));
        }
        index.append(String.format(Locale.ROOT, "</div>\n<p class=\"meta\">%s s on %d threads.</p>%n",
                Numbers.format(seconds, 3), threads));
        return index.append("</body></html>\n").toString();
    }

    /** One run's card on the index: its main figure and name linking to its report, what it is, its counts. */
    private static String card(Run run) {
        Runner.Outcome outcome = run.outcome();
        String report = HtmlReport.escape(run.name()) + "/report.html";
        StringBuilder card = new StringBuilder("<div class=\"card\">");
        if (!run.figure().isEmpty()) {
            card.append("<a href=\"").append(report).append("\"><img class=\"thumb\" src=\"")
                    .append(HtmlReport.escape(run.name() + "/" + run.figure())).append("\" alt=\"")
                    .append(HtmlReport.escape(run.name())).append(": main figure\"></a>");
        }
        card.append("<h3><a href=\"").append(report).append("\">").append(HtmlReport.escape(run.name()))
                .append("</a></h3><p>").append(HtmlReport.escape(run.description())).append("</p><p>claims holding: ");
        String claims = HtmlReport.escape(outcome.claimsHolding());
        card.append(outcome.scale().indicative() ? "<span class=\"indicative\">" + claims + "</span>" : "<b>"
                + claims + "</b>").append("<br>paper-table cells: ").append(cells(outcome)).append("</p></div>\n");
        return card.toString();
    }
}
