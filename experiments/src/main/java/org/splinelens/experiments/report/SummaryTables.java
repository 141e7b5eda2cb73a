package org.splinelens.experiments.report;

import static org.splinelens.experiments.report.HtmlReport.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.splinelens.experiments.runner.Summary;

/**
 * A run's summary as a page shows it: the scalar cells in tables, one per set of factors the cells set (a reading's
 * rows apart from the main grid's), and the curves — cells along a factor with many levels, one per x or epoch —
 * one line per curve with its points and range, the values left to {@code summary.csv}. Hundreds of per-x rows
 * are what a figure shows; a table of them is not read.
 */
final class SummaryTables {
    /**
     * A factor with more distinct levels than this is a curve's axis (x, epoch, histogram bin): the experiments' grids
     * have a handful of levels per factor, their curves tens to hundreds of points.
     */
    static final int CURVE_POINTS = 16;

    private SummaryTables() {
    }

    /** Appends the summary's section to {@code html}. */
    static void write(StringBuilder html, Summary summary) {
        Set<String> axes = axes(summary);
        Map<Set<String>, List<Summary.CellSummary>> scalar = new LinkedHashMap<>();
        List<Summary.CellSummary> curveCells = new ArrayList<>();
        for (Summary.CellSummary cell : summary.cells()) {
            Set<String> set = setFactors(cell);
            if (set.stream().anyMatch(axes::contains)) {
                curveCells.add(cell);
            } else {
                scalar.computeIfAbsent(set, s -> new ArrayList<>()).add(cell);
            }
        }
        html.append("<h2>Summary</h2>\n<p>Mean ± sd over the trials of each cell, to ").append(Numbers.DIGITS)
                .append(" significant digits (every digit in <a href=\"summary.csv\">summary.csv</a>).</p>\n");
        for (List<Summary.CellSummary> cells : scalar.values()) {
            table(html, cells);
        }
        if (!curveCells.isEmpty()) {
            curves(html, curveCells, axes);
        }
    }

    /** @return the factors that are a curve's axis: more than {@link #CURVE_POINTS} distinct set levels */
    static Set<String> axes(Summary summary) {
        Map<String, Set<String>> levels = new LinkedHashMap<>();
        for (Summary.CellSummary cell : summary.cells()) {
            cell.levels().forEach((factor, level) -> {
                if (!level.isEmpty()) {
                    levels.computeIfAbsent(factor, f -> new LinkedHashSet<>()).add(level);
                }
            });
        }
        Set<String> axes = new LinkedHashSet<>();
        levels.forEach((factor, seen) -> {
            if (seen.size() > CURVE_POINTS) {
                axes.add(factor);
            }
        });
        return axes;
    }

    /** @return the factors {@code cell} sets (an empty level means the factor does not apply to it) */
    private static Set<String> setFactors(Summary.CellSummary cell) {
        Set<String> set = new LinkedHashSet<>();
        cell.levels().forEach((factor, level) -> {
            if (!level.isEmpty()) {
                set.add(factor);
            }
        });
        return set;
    }

    /**
     * One table of cells sharing their factors: the metrics any of them measured; the trials most cells have in the
     * caption, and beside a cell that has other.
     */
    private static void table(StringBuilder html, List<Summary.CellSummary> cells) {
        Set<String> factors = setFactors(cells.get(0));
        Set<String> metrics = new LinkedHashSet<>();
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (Summary.CellSummary cell : cells) {
            cell.stats().forEach((metric, stat) -> {
                if (stat.count() > 0) {
                    metrics.add(metric);
                    counts.merge(stat.count(), 1, Integer::sum);
                }
            });
        }
        // the trials most cells have go in the caption; a cell with other trials (lost to divergence) says so
        int usual = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        html.append("<div class=\"scroll\"><table class=\"summary\">");
        if (usual > 0) {
            html.append("<caption>").append(usual).append(usual == 1 ? " trial" : " trials").append(" per cell")
                    .append(counts.size() > 1 ? "; (k): a cell with k trials" : "").append("</caption>");
        }
        html.append("\n<tr>");
        factors.forEach(f -> html.append("<th>").append(escape(f)).append("</th>"));
        metrics.forEach(m -> html.append("<th class=\"num\">").append(escape(m)).append("</th>"));
        html.append("</tr>\n");
        for (Summary.CellSummary cell : cells) {
            html.append("<tr>");
            factors.forEach(f -> html.append("<td>").append(escape(Numbers.level(cell.levels().get(f))))
                    .append("</td>"));
            for (String metric : metrics) {
                Summary.Stat stat = cell.stats().get(metric);
                html.append("<td class=\"num\">");
                if (stat != null && stat.count() > 0) {
                    html.append(escape(Numbers.format(stat)));
                    if (stat.count() != usual) {
                        html.append(" <small>(").append(stat.count()).append(")</small>");
                    }
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table></div>\n");
    }

    /** The curves: one row per curve (its levels but the axis), its points, the axis range and what it measures. */
    private static void curves(StringBuilder html, List<Summary.CellSummary> cells, Set<String> axes) {
        Map<Map<String, String>, Curve> curves = new LinkedHashMap<>();
        Set<String> factors = new LinkedHashSet<>();
        for (Summary.CellSummary cell : cells) {
            Map<String, String> key = new LinkedHashMap<>();
            String axis = "";
            String at = "";
            for (Map.Entry<String, String> level : cell.levels().entrySet()) {
                if (level.getValue().isEmpty()) {
                    continue;
                }
                if (axes.contains(level.getKey())) {
                    axis = level.getKey();
                    at = level.getValue();
                } else {
                    key.put(level.getKey(), level.getValue());
                    factors.add(level.getKey());
                }
            }
            curves.computeIfAbsent(key, k -> new Curve()).add(axis, at, cell);
        }
        html.append("<h3>Curves</h3>\n<p>").append(cells.size()).append(" cells lie on ").append(curves.size())
                .append(curves.size() == 1 ? " curve" : " curves").append(", one cell per point along ")
                .append(escape(String.join(" or ", axes))).append(": the figures draw them and <a href=\"summary.csv\">"
                        + "summary.csv</a> holds their values.</p>\n<div class=\"scroll\"><table class=\"summary\">"
                        + "\n<tr>");
        factors.forEach(f -> html.append("<th>").append(escape(f)).append("</th>"));
        html.append("<th>along</th><th class=\"num\">points</th><th class=\"num\">from</th><th class=\"num\">to</th>"
                + "<th>measures</th></tr>\n");
        curves.forEach((key, curve) -> {
            html.append("<tr>");
            factors.forEach(f -> html.append("<td>").append(escape(Numbers.level(key.getOrDefault(f, ""))))
                    .append("</td>"));
            html.append("<td>").append(escape(curve.axis)).append("</td><td class=\"num\">").append(curve.points)
                    .append("</td><td class=\"num\">").append(escape(curve.from())).append("</td><td class=\"num\">")
                    .append(escape(curve.to())).append("</td><td>").append(escape(String.join(", ", curve.metrics)))
                    .append("</td></tr>\n");
        });
        html.append("</table></div>\n");
    }

    /** What a curve's line says: its axis, points, range (numeric when the levels are numbers) and metrics. */
    private static final class Curve {
        private String axis = "";
        private int points;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;
        private String first;
        private String last;
        private boolean numeric = true;
        private final Set<String> metrics = new LinkedHashSet<>();

        void add(String axisName, String at, Summary.CellSummary cell) {
            axis = axisName;
            points++;
            first = first == null ? at : first;
            last = at;
            try {
                double value = Double.parseDouble(at);
                min = Math.min(min, value);
                max = Math.max(max, value);
            } catch (NumberFormatException e) {
                numeric = false; // a named level (e.g. "start"): the range is the first and last point in order
            }
            cell.stats().forEach((metric, stat) -> {
                if (stat.count() > 0) {
                    metrics.add(metric);
                }
            });
        }

        String from() {
            return numeric ? Numbers.format(min) : Numbers.level(first);
        }

        String to() {
            return numeric ? Numbers.format(max) : Numbers.level(last);
        }
    }
}
