package org.splinelens.experiments.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.experiments.report.HtmlReport;
import org.splinelens.experiments.report.Plots;
import org.splinelens.experiments.report.PageStyle;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/**
 * The sweep-level files: {@code sweep.csv} (one row per point and summary cell: the swept keys, the point's
 * {@code trials} and how many of them {@code diverged} ({@link Runner.Outcome#diverged}), the cell's levels, then
 * mean, sd and n of every metric), {@code sweep.json}, a figure per metric against each numeric swept key
 * ({@link SweepFigures}) and {@code report.html} linking every point's report. All are drawn from the points'
 * summaries alone, so they are byte-identical whatever the thread count and however often the sweep resumed.
 */
final class SweepTables {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SweepTables() {
    }

    static void write(SweepPlan plan, List<Runner.Outcome> outcomes, Path dir) throws IOException {
        Set<String> sweptKeys = plan.spec().grid().keySet();
        Set<String> levels = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        for (Runner.Outcome outcome : outcomes) {
            for (Summary.CellSummary cell : outcome.summary().cells()) {
                levels.addAll(cell.levels().keySet());
                metrics.addAll(cell.stats().keySet());
            }
        }
        levels.removeIf(level -> repeatsSweptKey(plan, outcomes, level));
        AtomicFiles.writeString(dir.resolve("sweep.csv"), csv(plan, outcomes, sweptKeys, levels, metrics));
        AtomicFiles.writeString(dir.resolve("sweep.json"), json(plan, outcomes));
        List<Figure> figures = SweepFigures.of(plan, outcomes, metrics);
        for (Figure figure : figures) {
            Plots.write(figure, dir);
        }
        AtomicFiles.writeString(dir.resolve("report.html"), report(plan, outcomes, figures));
    }

    private static String csv(SweepPlan plan, List<Runner.Outcome> outcomes, Set<String> sweptKeys,
            Set<String> levels, Set<String> metrics) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(sweptKeys);
        header.add(sweptKeys.contains("trials") ? "point.trials" : "trials");
        header.add(sweptKeys.contains("diverged") ? "point.diverged" : "diverged");
        // a level named like a swept key but with other values (an inner loop of the experiment) keeps its place
        levels.forEach(level -> header.add(sweptKeys.contains(level) ? "cell." + level : level));
        for (String metric : metrics) {
            header.add(metric + "_mean");
            header.add(metric + "_sd");
            header.add(metric + "_n");
        }
        csv.append(String.join(",", header.stream().map(Runner::csv).toList())).append('\n');
        for (int p = 0; p < outcomes.size(); p++) {
            SweepPoint point = plan.points().get(p);
            for (Summary.CellSummary cell : outcomes.get(p).summary().cells()) {
                StringBuilder row = new StringBuilder();
                for (String key : sweptKeys) {
                    row.append(row.length() == 0 ? "" : ",")
                            .append(Runner.csv(String.valueOf(point.swept().get(key))));
                }
                Runner.Outcome outcome = outcomes.get(p);
                row.append(row.length() == 0 ? "" : ",").append(outcome.trialsRun() + outcome.trialsResumed())
                        .append(',').append(outcome.diverged());
                for (String level : levels) {
                    row.append(',').append(Runner.csv(cell.levels().getOrDefault(level, "")));
                }
                for (String metric : metrics) {
                    Summary.Stat stat = cell.stats().get(metric);
                    row.append(',').append(stat == null ? "" : Double.toString(stat.mean()))
                            .append(',').append(stat == null ? "" : Double.toString(stat.sd()))
                            .append(',').append(stat == null ? "" : Integer.toString(stat.count()));
                }
                csv.append(row).append('\n');
            }
        }
        return csv.toString();
    }

    /** @return whether the summary level {@code level} is a swept key whose value every cell of a point repeats */
    private static boolean repeatsSweptKey(SweepPlan plan, List<Runner.Outcome> outcomes, String level) {
        if (!plan.spec().grid().containsKey(level)) {
            return false;
        }
        for (int p = 0; p < outcomes.size(); p++) {
            String swept = String.valueOf(plan.points().get(p).swept().get(level));
            for (Summary.CellSummary cell : outcomes.get(p).summary().cells()) {
                if (!swept.equals(cell.levels().get(level))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String json(SweepPlan plan, List<Runner.Outcome> outcomes) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("experiment", plan.spec().experiment());
        root.put("scale", plan.spec().scale().toString());
        root.put("seed", plan.spec().seed());
        ArrayNode points = root.putArray("points");
        for (int p = 0; p < outcomes.size(); p++) {
            SweepPoint point = plan.points().get(p);
            ObjectNode node = points.addObject();
            node.put("index", point.index());
            node.put("directory", point.directory());
            node.set("swept", JSON.valueToTree(point.swept()));
            ArrayNode cells = node.putArray("cells");
            for (Summary.CellSummary cell : outcomes.get(p).summary().cells()) {
                ObjectNode c = cells.addObject();
                c.set("levels", JSON.valueToTree(cell.levels()));
                ObjectNode stats = c.putObject("stats");
                cell.stats().forEach((metric, stat) -> {
                    ObjectNode s = stats.putObject(metric);
                    number(s, "mean", stat.mean());
                    number(s, "sd", stat.sd());
                    s.put("n", stat.count()).put("trials", stat.trials());
                });
            }
            ArrayNode verdicts = node.putArray("verdicts");
            for (Verdict verdict : outcomes.get(p).verdicts()) {
                Runner.verdictJson(verdicts.addObject(), verdict, outcomes.get(p).scale());
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** NaN and ±∞ are not JSON numbers: they are written as null. */
    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    private static String report(SweepPlan plan, List<Runner.Outcome> outcomes, List<Figure> figures) {
        StringBuilder html = new StringBuilder(PageStyle.head("sweep of " + plan.spec().experiment()));
        html.append("<h1>Sweep of ").append(HtmlReport.escape(plan.spec().experiment())).append(" (")
                .append(plan.spec().scale()).append(" scale, seed ").append(plan.spec().seed()).append(")</h1>\n");
        html.append("<div class=\"scroll\"><table><tr><th>point</th>");
        plan.spec().grid().keySet().forEach(k -> html.append("<th>").append(HtmlReport.escape(k)).append("</th>"));
        html.append("<th>claims holding</th></tr>\n");
        for (int p = 0; p < outcomes.size(); p++) {
            SweepPoint point = plan.points().get(p);
            html.append("<tr><td><a href=\"").append(point.directory()).append("/report.html\">")
                    .append(point.index()).append("</a></td>");
            point.swept().values().forEach(v -> html.append("<td>").append(HtmlReport.escape(String.valueOf(v)))
                    .append("</td>"));
            html.append("<td>").append(outcomes.get(p).claimsHolding()).append("</td></tr>\n");
        }
        html.append("</table></div>\n");
        html.append("<div class=\"figures\">\n");
        for (Figure figure : figures) {
            html.append("<figure><img src=\"").append(figure.name()).append(".png\" alt=\"")
                    .append(HtmlReport.escape(figure.title())).append("\"><figcaption>")
                    .append(HtmlReport.escape(figure.title())).append("</figcaption></figure>\n");
        }
        return html.append("</div>\n</body></html>\n").toString();
    }
}
