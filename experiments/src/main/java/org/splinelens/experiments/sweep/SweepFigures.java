package org.splinelens.experiments.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;

/**
 * A sweep's figures: for each swept key whose values are all numbers and each metric, the metric's mean (± sd over
 * trials) against that key, one series per value of the other swept keys (and per summary cell when a point has
 * several). The x axis is logarithmic when the values are positive and span two decades or more.
 */
final class SweepFigures {
    private SweepFigures() {
    }

    static List<Figure> of(SweepPlan plan, List<Runner.Outcome> outcomes, Set<String> metrics) {
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<String, List<Object>> key : plan.spec().grid().entrySet()) {
            if (key.getValue().size() < 2 || !key.getValue().stream().allMatch(v -> v instanceof Number)) {
                continue;
            }
            for (String metric : metrics) {
                figures.add(figure(plan, outcomes, key.getKey(), metric));
            }
        }
        return figures;
    }

    private static Figure figure(SweepPlan plan, List<Runner.Outcome> outcomes, String key, String metric) {
        // series name → (x → stat), x sorted
        Map<String, TreeMap<Double, Summary.Stat>> curves = new LinkedHashMap<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < outcomes.size(); p++) {
            SweepPoint point = plan.points().get(p);
            double x = ((Number) point.swept().get(key)).doubleValue();
            min = Math.min(min, x);
            max = Math.max(max, x);
            List<Summary.CellSummary> cells = outcomes.get(p).summary().cells();
            for (Summary.CellSummary cell : cells) {
                Summary.Stat stat = cell.stats().get(metric);
                if (stat == null) {
                    continue;
                }
                StringBuilder name = new StringBuilder();
                point.swept().forEach((other, value) -> {
                    if (!other.equals(key)) {
                        name.append(name.length() == 0 ? "" : ", ").append(other).append('=').append(value);
                    }
                });
                if (cells.size() > 1) {
                    cell.levels().forEach((factor, level) -> name.append(name.length() == 0 ? "" : ", ")
                            .append(factor).append('=').append(level));
                }
                curves.computeIfAbsent(name.length() == 0 ? metric : name.toString(), n -> new TreeMap<>())
                        .put(x, stat);
            }
        }
        List<Series> series = new ArrayList<>();
        curves.forEach((name, curve) -> {
            double[] xs = curve.keySet().stream().mapToDouble(Double::doubleValue).toArray();
            double[] mean = curve.values().stream().mapToDouble(Summary.Stat::mean).toArray();
            double[] sd = curve.values().stream().mapToDouble(Summary.Stat::sd).toArray();
            series.add(new Series(name, xs, mean, sd));
        });
        String stem = ("sweep-" + metric + "-vs-" + key).replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        boolean logX = min > 0 && max / min >= 100;
        return new Figure(stem, metric + " against " + key, key, metric, logX, series);
    }
}
