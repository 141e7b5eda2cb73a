package org.splinelens.experiments.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.experiments.runner.ConfiguredExperiment;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.RunScale;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/**
 * A run's {@code report.html}, in the order a reader asks: the verdicts on the paper's claims (marked indicative unless
 * the run is at paper scale, {@link RunScale}) and the figures (PNG, with links to the SVG); then the paper's tables
 * beside ours, cell by cell with whether each agrees and why not; then the summary (scalar cells in tables, curves one
 * line each, {@link SummaryTables}) and the config — self-contained beside the run's files, in {@link PageStyle}.
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
        html.append(PageStyle.head(experiment.name()));
        html.append("<h1>").append(escape(experiment.name())).append("</h1>\n<p class=\"lead\">")
                .append(escape(experiment.description())).append("</p>\n");
        // the runs of one reproduce or sweep share a pool of workers: each run's time is counted from when the
        // batch's trials began, so these times overlap
        html.append(String.format(java.util.Locale.ROOT, "<p class=\"meta\">%d trials run, %d resumed, %.2f s since"
                + " the trials began (runs computed in one batch share its workers and its start). Files: "
                + "<a href=\"config.yaml\">config.yaml</a>, <a href=\"provenance.json\">provenance.json</a>, "
                + "<a href=\"trials.csv\">trials.csv</a>, <a href=\"summary.csv\">summary.csv</a>, "
                + "<a href=\"summary.json\">summary.json</a>.</p>\n",
                outcome.trialsRun(), outcome.trialsResumed(), outcome.seconds()));
        claims(html, outcome);
        figures(html, figures, outcome.artifacts());
        for (int t = 0; t < outcome.tables().size(); t++) {
            PaperTableSection.write(html, outcome.tables().get(t), t + 1);
        }
        SummaryTables.write(html, summary);
        html.append("<h2>Config</h2>\n<pre>").append(escape(Files.readString(out.resolve("config.yaml"))))
                .append("</pre>\n</body></html>\n");
        AtomicFiles.writeString(out.resolve("report.html"), html.toString());
    }

    /**
     * @return the file an index shows for the run: its first figure's PNG, else its first animated GIF (a movie), else
     *         empty
     */
    public static <C extends Record> String mainFigure(ConfiguredExperiment<C> configured, Runner.Outcome outcome) {
        List<Figure> figures = configured.experiment().figures(configured.config(), outcome.summary());
        if (!figures.isEmpty()) {
            return figures.get(0).name() + ".png";
        }
        return outcome.artifacts().stream().filter(a -> a.endsWith(".gif")).findFirst().orElse("");
    }

    /** The figures in a grid (each a link to its full-size PNG), the movies beside them, other artifacts as links. */
    private static void figures(StringBuilder html, List<Figure> figures, List<String> artifacts) {
        List<String> gifs = artifacts.stream().filter(a -> a.endsWith(".gif")).toList();
        if (!figures.isEmpty() || !gifs.isEmpty()) {
            html.append("<h2>Figures</h2>\n<div class=\"figures\">\n");
            for (Figure figure : figures) {
                String png = figure.name() + ".png";
                html.append("<figure><a href=\"").append(png).append("\"><img src=\"").append(png)
                        .append("\" alt=\"").append(escape(figure.title())).append("\"></a><figcaption>")
                        .append(escape(figure.title())).append(" (<a href=\"").append(figure.name())
                        .append(".svg\">SVG</a>)</figcaption></figure>\n");
            }
            for (String gif : gifs) {
                String page = gif.substring(0, gif.length() - ".gif".length()) + ".html";
                html.append("<figure><img src=\"").append(escape(gif)).append("\" alt=\"").append(escape(gif))
                        .append("\"><figcaption>").append(escape(gif));
                if (artifacts.contains(page)) {
                    html.append(" (<a href=\"").append(escape(page)).append("\">frame by frame</a>)");
                }
                html.append("</figcaption></figure>\n");
            }
            html.append("</div>\n");
        }
        List<String> others = artifacts.stream().filter(a -> !a.endsWith(".gif")
                && !gifs.contains(a.replaceFirst("\\.html$", ".gif"))).toList();
        if (!others.isEmpty()) {
            html.append("<p>Also written: ");
            for (int k = 0; k < others.size(); k++) {
                html.append(k == 0 ? "" : ", ").append("<a href=\"").append(escape(others.get(k))).append("\">")
                        .append(escape(others.get(k))).append("</a>");
            }
            html.append(".</p>\n");
        }
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
        html.append("<p class=\"lead\"><b>Claims holding: ").append(escape(outcome.claimsHolding()))
                .append("</b></p>\n");
        html.append("<ul class=\"claims\">\n");
        for (Verdict v : outcome.verdicts()) {
            verdict(html, v, scale);
        }
        html.append("</ul>\n");
    }

    /** One verdict's line: its outcome in bold, its standing below paper scale, the claim, then the evidence. */
    static void verdict(StringBuilder html, Verdict v, RunScale scale) {
        html.append("<li class=\"").append(v.outcome().key()).append("\"><b>").append(escape(v.verdict()))
                .append("</b>");
        if (scale.indicative()) {
            html.append(" <span class=\"indicative\">[").append(scale.standing()).append("]</span>");
        }
        html.append(": ").append(escape(v.claim())).append(" <span class=\"evidence\">— ")
                .append(escape(v.fullEvidence())).append("</span></li>\n");
    }

    /** A paper table, the page's first ({@link PaperTableSection}). */
    static void paperTable(StringBuilder html, PaperTable table) {
        PaperTableSection.write(html, table, 1);
    }

    /** @return {@code text} safe inside HTML text and attribute values */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
