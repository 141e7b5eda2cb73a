package org.splinelens.experiments.spikyinit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.splinelens.core.data.Grid;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;

/** FC Figs 4 and 6 (SRS Figs 3 and 6): the nets of trial 0 on the first target, before and after training. */
final class SpikyFigures {
    private static final double[] CURVE_X = new Grid(SpikyInitExperiment.LOW, SpikyInitExperiment.HIGH, 0.02)
            .points();
    /** The y range drawn: the spikes' [−2, 2] and the data, with this margin; a curve beyond is clipped (noted). */
    private static final double MARGIN = 1.5;

    private SpikyFigures() {
    }

    static void curves(List<Row> rows, String target, String depth, String init, UnivariateNetwork before,
            UnivariateNetwork after) {
        for (double x : CURVE_X) {
            rows.add(new Row(curveCell(target, depth, init, "before", x), Map.of("f", before.value(x))));
            if (after != null) {
                rows.add(new Row(curveCell(target, depth, init, "after", x), Map.of("f", after.value(x))));
            }
        }
    }

    static Map<String, String> dataCell(String target, double x) {
        return SpikyInitExperiment.factors(target, "shallow", "data").and("curve", "").and("x", x).build();
    }

    private static Map<String, String> curveCell(String target, String depth, String init, String stage, double x) {
        return curveKey(target, depth, init, stage).and("x", x).build();
    }

    private static CellBuilder curveKey(String target, String depth, String init, String stage) {
        return SpikyInitExperiment.factors(target, depth, init).and("curve", stage);
    }

    static List<Figure> figures(SpikyInitConfig config, Summary summary) {
        String target = config.targets().get(0);
        double[][] data = points(summary, curveKey(target, "shallow", "data", "").build());
        List<Figure> figures = new ArrayList<>();
        for (String depth : SpikyInitExperiment.depths(config)) {
            figures.add(figure(summary, target, depth, data));
        }
        return figures;
    }

    private static Figure figure(Summary summary, String target, String depth, double[][] data) {
        double low = -SpikyStarts.RANGE;
        double high = SpikyStarts.RANGE;
        for (double y : data[1]) {
            low = Math.min(low, y);
            high = Math.max(high, y);
        }
        low -= MARGIN;
        high += MARGIN;
        double reach = 0;
        List<Series> series = new ArrayList<>();
        for (String init : List.of("standard", "spiky")) {
            for (String stage : List.of("before", "after")) {
                double[][] curve = points(summary, curveKey(target, depth, init, stage).build());
                for (int i = 0; i < curve[1].length; i++) {
                    if (curve[1][i] < low || curve[1][i] > high) {
                        reach = Math.abs(curve[1][i]) > Math.abs(reach) ? curve[1][i] : reach;
                        curve[1][i] = Math.max(low, Math.min(high, curve[1][i]));
                    }
                }
                if (curve[0].length > 0) {
                    series.add(new Series(init + " " + stage, curve[0], curve[1], null));
                }
            }
        }
        if (data[0].length > 0) {
            series.add(Series.markers("training data", data[0], data[1]));
        }
        String figure = depth.equals("shallow") ? "FC Fig 4" : "FC Fig 6";
        String title = reach == 0 ? figure + ": " + depth + " net on " + target + ", trial 0"
                : String.format(Locale.ROOT, "%s: %s, %s, trial 0; y in [%.2g, %.2g], a fit reaches %.3g", figure,
                depth, target, low, high, reach);
        return new Figure(depth.equals("shallow") ? "spiky-before-after" : "spiky-deep-before-after", title, "x",
                "f(x)", false, series);
    }

    /** @return {x[], f[]} of the cells that are {@code key} plus an {@code x} level, in x order */
    private static double[][] points(Summary summary, Map<String, String> key) {
        List<double[]> found = new ArrayList<>();
        for (Summary.CellSummary cell : summary.cells()) {
            String x = cell.levels().get("x");
            if (x != null && cell.levels().size() == key.size() + 1 && cell.levels().entrySet().containsAll(
                    key.entrySet())) {
                found.add(new double[] {Double.parseDouble(x), cell.stats().get("f").mean()});
            }
        }
        found.sort((a, b) -> Double.compare(a[0], b[0]));
        return new double[][] {found.stream().mapToDouble(p -> p[0]).toArray(),
                found.stream().mapToDouble(p -> p[1]).toArray()};
    }
}
