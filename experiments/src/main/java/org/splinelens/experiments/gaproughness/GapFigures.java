package org.splinelens.experiments.gaproughness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Grid;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;

/** FC Fig 5 (roughness vs width and vs σ_w) and FC Fig 8 / SRS Fig 10 (the two gap data sets, with a fit). */
final class GapFigures {
    static final double[] CURVE_X = new Grid(-GapRoughnessExperiment.DOMAIN, GapRoughnessExperiment.DOMAIN, 0.02)
            .points();

    private GapFigures() {
    }

    static void dataRows(List<Row> rows, String target, Dataset data) {
        for (int n = 0; n < data.size(); n++) {
            rows.add(new Row(key(target, "data").and("x", data.x(n)).build(), Map.of("f", data.y(n))));
        }
    }

    static void fitRows(List<Row> rows, String target, ShallowNetwork fit) {
        if (fit == null) {
            return;
        }
        for (double x : CURVE_X) {
            rows.add(new Row(key(target, "fit").and("x", x).build(), Map.of("f", fit.value(x))));
        }
    }

    private static CellBuilder key(String target, String curve) {
        return CellBuilder.of("target", target).and("curve", curve);
    }

    static List<Figure> figures(GapRoughnessConfig config, Summary summary) {
        List<Figure> figures = new ArrayList<>();
        figures.add(sweep(config, summary, "width", config.widths().stream().mapToDouble(Integer::doubleValue)
                .toArray(), "gap-roughness-width", "FC Fig 5 (left): gap roughness vs width H (sigma_w = 1)",
                "H"));
        figures.add(sweep(config, summary, "sigmaW", config.sigmas().stream().mapToDouble(Double::doubleValue)
                .toArray(), "gap-roughness-scale", "FC Fig 5 (right): gap roughness vs initial sigma_w (H = "
                + GapRoughnessExperiment.middleWidth(config) + ")", "sigma_w"));
        List<Series> series = new ArrayList<>();
        List<Series> markers = new ArrayList<>();
        for (String target : config.targets()) {
            double[][] data = points(summary, key(target, "data").build());
            double[][] fit = points(summary, key(target, "fit").build());
            if (fit[0].length > 0) {
                series.add(new Series(target + " fit (H = " + GapRoughnessExperiment.middleWidth(config) + ")",
                        fit[0], fit[1], null));
            }
            if (data[0].length > 0) {
                markers.add(Series.markers(target + " data", data[0], data[1]));
            }
        }
        // the data drawn last, over the fits that pass through them
        series.addAll(markers);
        figures.add(new Figure("gap-data-sets", "FC Fig 8 / SRS Fig 10: the gap data sets, trial-0 fits", "x", "y",
                false, series));
        return figures;
    }

    private static Figure sweep(GapRoughnessConfig config, Summary summary, String sweep, double[] values, String name,
            String title, String label) {
        List<Series> series = new ArrayList<>();
        for (String optimizer : GapRoughnessExperiment.optimizers(config)) {
            for (String target : config.targets()) {
                String tag = optimizer.equals(config.optimizer()) ? "" : " (" + optimizer + ")";
                series.add(Series.of(target + tag, values, value -> GapRoughnessExperiment.cell(target, sweep, value,
                        optimizer, config), summary, "gapRoughness", true));
            }
        }
        if (sweep.equals("sigmaW") && config.readings()) {
            for (String target : config.targets()) {
                series.add(Series.of(target + " (sigma_b = sigma_w)", values, value -> GapRoughnessExperiment.cell(
                        target, GapRoughnessExperiment.SCALED_BIAS, value, config.optimizer(), config), summary,
                        "gapRoughness", true));
            }
        }
        return new Figure(name, title, label, "roughness in (-0.5, 0.5)", true, true, series);
    }

    /** @return {x[], f[]} of the cells that are {@code key} plus an {@code x} level, in x order */
    private static double[][] points(Summary summary, Map<String, String> key) {
        List<double[]> found = new ArrayList<>();
        for (Summary.CellSummary cell : summary.cells()) {
            String x = cell.levels().get("x");
            if (x != null && cell.levels().size() == key.size() + 1
                    && cell.levels().entrySet().containsAll(key.entrySet())) {
                found.add(new double[] {Double.parseDouble(x), cell.stats().get("f").mean()});
            }
        }
        found.sort((a, b) -> Double.compare(a[0], b[0]));
        return new double[][] {found.stream().mapToDouble(p -> p[0]).toArray(),
                found.stream().mapToDouble(p -> p[1]).toArray()};
    }
}
