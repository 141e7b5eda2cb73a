package org.splinelens.experiments.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.experiments.runner.ConfiguredExperiment;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Agreement;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.RunScale;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/**
 * A run's {@code report.html}: the verdicts on the paper's claims (marked indicative unless the run is at paper scale,
 * {@link RunScale}), the paper's tables beside ours, the figures (PNG,
 * with links to the SVG), the summary per cell, and the config — self-contained beside the run's files.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** Draws the experiment's figures into {@code out} and writes {@code out/report.html}. */
    public static <C extends Record> void write(ConfiguredExperiment<C> configured, Runner.Outcome outcome, Path out)
            throws IOException {
        write(configured.experiment(), configured.config(), outcome, out);
    }

    /** Draws the experiment's figures into {@code out} and writes {@code out/report.html}. */
    public static <C extends Record> void write(Experiment<C> experiment, C config, Runner.Outcome outcome, Path out)
            throws IOException {
        Summary summary = outcome.summary();
        List<Figure> figures = experiment.figures(config, summary);
        for (Figure figure : figures) {
            Plots.write(figure, out);
        }
        StringBuilder html = new StringBuilder();
        html.append(ReportStyle.head(experiment.name()));
        html.append("<h1>").append(escape(experiment.name())).append("</h1>\n<p>")
                .append(escape(experiment.description())).append("</p>\n");
        // the runs of one reproduce or sweep share a pool of workers: each run's time is counted from when the
        // batch's trials began, so these times overlap
        html.append(String.format(java.util.Locale.ROOT, "<p>%d trials run, %d resumed, %.2f s since the trials began"
                + " (runs computed in one batch share its workers and its start). Files: "
                + "<a href=\"config.yaml\">config.yaml</a>, <a href=\"provenance.json\">provenance.json</a>, "
                + "<a href=\"trials.csv\">trials.csv</a>, <a href=\"summary.csv\">summary.csv</a>.</p>\n",
                outcome.trialsRun(), outcome.trialsResumed(), outcome.seconds()));
        claims(html, outcome);
        for (PaperTable table : outcome.tables()) {
            paperTable(html, table);
        }
        for (Figure figure : figures) {
            html.append("<figure><img src=\"").append(figure.name()).append(".png\" alt=\"")
                    .append(escape(figure.title())).append("\"><figcaption>").append(escape(figure.title()))
                    .append(" (<a href=\"").append(figure.name()).append(".svg\">SVG</a>)</figcaption></figure>\n");
        }
        for (String artifact : outcome.artifacts()) {
            if (artifact.endsWith(".gif")) {
                html.append("<figure><img src=\"").append(escape(artifact)).append("\" alt=\"").append(escape(artifact))
                        .append("\"><figcaption>").append(escape(artifact)).append("</figcaption></figure>\n");
            } else {
                html.append("<p><a href=\"").append(escape(artifact)).append("\">").append(escape(artifact))
                        .append("</a></p>\n");
            }
        }
        html.append("<h2>Summary (mean ± sd (n) per cell)</h2>\n<table>\n<tr>");
        // cells may differ in their factors and metrics (histogram rows beside per-layer rows): use the union
        Set<String> factors = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        for (Summary.CellSummary cell : summary.cells()) {
            factors.addAll(cell.levels().keySet());
            metrics.addAll(cell.stats().keySet());
        }
        factors.forEach(k -> html.append("<th>").append(escape(k)).append("</th>"));
        metrics.forEach(k -> html.append("<th>").append(escape(k)).append("</th>"));
        html.append("</tr>\n");
        for (Summary.CellSummary cell : summary.cells()) {
            html.append("<tr>");
            factors.forEach(k -> html.append("<td>").append(escape(cell.levels().getOrDefault(k, ""))).append("</td>"));
            for (String metric : metrics) {
                Summary.Stat stat = cell.stats().get(metric);
                html.append("<td>").append(stat == null || stat.count() == 0 ? ""
                        : escape(stat + " (" + stat.count() + ")")).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n<h2>Config</h2>\n<pre>").append(escape(Files.readString(out.resolve("config.yaml"))))
                .append("</pre>\n</body></html>\n");
        AtomicFiles.writeString(out.resolve("report.html"), html.toString());
    }

    /**
     * The claims: under "Claims (paper scale)" plain verdicts; at any other scale the heading, a line saying why and
     * each verdict say "indicative (quick scale)" or "indicative (custom scale)".
     */
    static void claims(StringBuilder html, Runner.Outcome outcome) {
        RunScale scale = outcome.scale();
        html.append("<h2>Claims — ").append(scale.standing()).append("</h2>\n");
        if (scale.indicative()) {
            html.append("<p class=\"indicative\">These verdicts were computed at the ").append(scale.label())
                    .append(scale == RunScale.QUICK ? " (the smoke test's preset)" : " (a config that is not a preset)")
                    .append(", not the papers' protocol: they are indicative only. Plain verdicts come from the paper"
                            + " preset (<code>--scale paper</code>, no other settings).</p>\n");
        }
        html.append("<ul>\n");
        for (Verdict v : outcome.verdicts()) {
            html.append("<li class=\"").append(v.outcome().key()).append("\"><b>").append(escape(v.verdict()))
                    .append("</b>");
            if (scale.indicative()) {
                html.append(" <span class=\"indicative\">[").append(scale.standing()).append("]</span>");
            }
            html.append(": ").append(escape(v.claim())).append(" — ").append(escape(v.fullEvidence()))
                    .append("</li>\n");
        }
        html.append("</ul>\n");
    }

    /**
     * A paper table: each column twice, the paper's value beside ours, then its note; a table whose numbers our copy of
     * the paper lacks is one line saying so.
     */
    static void paperTable(StringBuilder html, PaperTable table) {
        if (table.missing()) {
            html.append("<h2>").append(escape(table.title())).append("</h2>\n<p class=\"missing\">")
                    .append(escape(table.title())).append(": numbers ").append(escape(table.note())).append("</p>\n");
            return;
        }
        html.append("<h2>").append(escape(table.title())).append("</h2>\n<table><tr><th></th>");
        for (String column : table.columns()) {
            html.append("<th>").append(escape(column)).append(" (paper)</th><th>").append(escape(column))
                    .append(" (ours)</th>");
        }
        html.append("</tr>\n");
        for (PaperTable.TableRow row : table.rows()) {
            html.append("<tr><td>").append(escape(row.label())).append("</td>");
            for (int c = 0; c < table.columns().size(); c++) {
                Agreement agreement = row.agreement().get(c);
                html.append("<td>").append(escape(row.paperCell(c))).append("</td><td>")
                        .append(escape(row.ours().get(c)));
                if (agreement.outcome() != Agreement.Outcome.NOT_COMPARED) {
                    html.append("<br><span class=\"").append(agreement.agrees() ? "agrees" : "differs")
                            .append("\" title=\"").append(escape(agreement.detail())).append("\">")
                            .append(agreement.outcome()).append("</span>");
                    if (!agreement.agrees()) {
                        html.append("<br><small>").append(escape(agreement.detail())).append("</small>");
                    }
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        if (table.compared() > 0) {
            html.append("<p>").append(table.agreeing()).append(" of ").append(table.compared())
                    .append(" cells agree with the paper's (means within two standard errors of their difference,"
                            + " the paper's over ").append(Agreement.PAPER_TRIALS).append(" trials).</p>\n");
        }
        html.append("<p>Paper: as printed; ").append(PaperTable.NOT_IN_PAPER)
                .append(": a row or column the paper's table does not have.");
        if (!table.note().isEmpty()) {
            html.append(' ').append(escape(table.note()));
        }
        html.append("</p>\n");
    }

    /** @return {@code text} safe inside HTML text and attribute values */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
