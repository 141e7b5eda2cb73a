package org.splinelens.experiments.spikyinit;

import java.util.ArrayList;
import java.util.List;
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
        figures.addAll(byTarget(config, summary));
        if (config.readings()) {
            figures.addAll(readings(config, summary));
        }
        return figures;
    }

    private static Figure figure(Summary summary, String target, String depth, double[][] data) {
        List<Series> series = new ArrayList<>();
        for (String init : List.of("standard", "spiky")) {
            for (String stage : List.of("before", "after")) {
                double[][] curve = points(summary, curveKey(target, depth, init, stage).build());
                if (curve[0].length > 0) {
                    series.add(new Series(init + " " + stage, curve[0], curve[1], null));
                }
            }
        }
        if (data[0].length > 0) {
            series.add(Series.markers("training data", data[0], data[1]));
        }
        // a fit far beyond the data is clipped by the figure style, which says so under the title
        String figure = depth.equals("shallow") ? "FC Fig 4" : "FC Fig 6";
        return new Figure(depth.equals("shallow") ? "spiky-before-after" : "spiky-deep-before-after", figure + ": "
                + depth + " net on " + target + ", trial 0", "x", "f(x)", false, series)
                .withScales(Figure.Scale.LINEAR, Figure.Scale.LINEAR);
    }

    /**
     * The evidence of the verdicts, per target: the test and the training loss of each depth and start (a spiky start
     * generalizes worse; both fit the data), and the shallow nets' roughness at the start and the end of training.
     */
    private static List<Figure> byTarget(SpikyInitConfig config, Summary summary) {
        List<Figure> figures = new ArrayList<>();
        for (String metric : List.of("testLoss", "trainLoss")) {
            List<Series> series = new ArrayList<>();
            for (String depth : SpikyInitExperiment.depths(config)) {
                for (String init : List.of("standard", "spiky")) {
                    if (measured(config, summary, depth, init, metric)) {
                        series.add(across(config, summary, depth + ", " + init + " start", depth, init, metric));
                    }
                }
            }
            boolean test = metric.equals("testLoss");
            figures.add(new Figure(test ? "spiky-test-loss" : "spiky-train-loss", "FC Table 3: " + (test
                    ? "test" : "training") + " loss by target, standard vs spiky start (means ± sd over trials)",
                    "target", test ? "test loss" : "training loss", false, series)
                    .withCategories(config.targets()));
        }
        List<Series> roughness = new ArrayList<>();
        for (String init : List.of("standard", "spiky")) {
            if (measured(config, summary, "shallow", init, "roughnessStart")) {
                roughness.add(across(config, summary, init + " start, before", "shallow", init, "roughnessStart"));
                roughness.add(across(config, summary, init + " start, after", "shallow", init, "roughnessEnd"));
            }
        }
        figures.add(new Figure("spiky-roughness", "shallow nets: roughness Σ μ² before and after training, by target",
                "target", "roughness Σ μ²", false, roughness).withCategories(config.targets()));
        return figures;
    }

    /**
     * The evidence of each reading's verdict ("a spiky start generalizes worse"): its spiky run's test loss by target
     * beside the standard run it is compared with (its own for a loss reading, else the preset's), on a log axis since
     * the targets' losses span decades.
     */
    private static List<Figure> readings(SpikyInitConfig config, Summary summary) {
        double[] x = new double[config.targets().size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = k;
        }
        List<Figure> figures = new ArrayList<>();
        for (Reading reading : Reading.ALL) {
            if (!reading.appliesTo(config)) {
                continue;
            }
            List<Series> series = List.of(
                    Series.of("standard start" + (reading.standardToo() ? "" : " (preset)"), x,
                            k -> reading.standardCell(config.targets().get((int) k)), summary, "testLoss", true),
                    Series.of("spiky start", x, k -> reading.cell(config.targets().get((int) k), "spiky"), summary,
                            "testLoss", true));
            figures.add(new Figure("spiky-reading-" + reading.name(), "FC Table 3, reading " + reading.name()
                    + ": shallow test loss by target, standard vs spiky start (means ± sd over " + config.trials()
                    + " trials)", "target", "test loss Σ e²", false, true, series).withNote(reading.about())
                    .withCategories(config.targets()));
        }
        return figures;
    }

    /** @return whether every target's cell of {@code depth} and {@code init} has {@code metric} */
    private static boolean measured(SpikyInitConfig config, Summary summary, String depth, String init,
            String metric) {
        return config.targets().stream().allMatch(target -> summary.cells().stream().anyMatch(cell -> cell.levels()
                .equals(SpikyInitExperiment.cell(target, depth, init)) && cell.stats().containsKey(metric)));
    }

    /** @return {@code metric} of {@code depth} and {@code init} over the targets (x = the target's index) */
    private static Series across(SpikyInitConfig config, Summary summary, String name, String depth, String init,
            String metric) {
        double[] x = new double[config.targets().size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = k;
        }
        return Series.of(name, x, k -> SpikyInitExperiment.cell(config.targets().get((int) k), depth, init), summary,
                metric, true);
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
