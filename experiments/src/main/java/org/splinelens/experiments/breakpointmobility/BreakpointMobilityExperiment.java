package org.splinelens.experiments.breakpointmobility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.dynamics.observe.BreakpointMobility;
import org.splinelens.dynamics.observe.LayerMobility;
import org.splinelens.dynamics.observe.SnapshotRecorder;
import org.splinelens.dynamics.train.StopReason;
import org.splinelens.dynamics.train.TrainingResult;
import org.splinelens.experiments.layerdynamics.DeepTraining;
import org.splinelens.experiments.layerdynamics.LayerDynamicsConfig;
import org.splinelens.experiments.layerdynamics.LayerDynamicsExperiment;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/**
 * FC Fig 2: births and deaths of breakpoints per layer (whole line) and the velocity of the breakpoints inside the
 * data range relative to layer 1's, from exact snapshots every 50 epochs ({@link BreakpointMobility} has the
 * definitions), under FC App. 3.3's protocol. Claims: layer 1's breakpoint count cannot change while deeper layers'
 * does; deeper layers' counts change more often (a trend over the layers, {@link #deeperChangeMore}); deeper layers'
 * breakpoints move faster than layer 1's. App. 3.3 names the 'smooth' and 'sharp' functions on [−3, 3]; Fig 8 shows
 * their training data with a gap at [−0.5, 0.5]. Both readings run side by side, each with its verdicts: (a) the
 * preset's, Fig 8's data with the gap; (b) the functions sampled over all of [−3, 3].
 */
public final class BreakpointMobilityExperiment extends LayerDynamicsExperiment {
    /** Reading a (the preset): Fig 8's training data, without the points of the gap. */
    static final String GAP = "gap";
    /** Reading b: App. 3.3's words alone, the functions sampled over the whole of [−3, 3]. */
    static final String FULL = "full";
    static final List<String> READINGS = List.of(GAP, FULL);
    private static final List<String> READING_TITLES = List.of("reading a: gap [-0.5, 0.5] as in Fig 8",
            "reading b: whole [-3, 3]");
    private static final double GAP_HALF_WIDTH = 0.5;
    /**
     * The paper trains "until convergence" (the loss changing by less than 1e-8 between epochs); our cap only guards
     * against a run that never settles. At 30,000 epochs most runs had not met the rule; at 300,000, 15 of 16 had
     * (after 25,000 to 300,000 epochs).
     */
    private static final int MOST_EPOCHS = 500_000;
    /** The layer level of the rows holding a run's trend over the layers. */
    static final String TREND = "trend 2-L";

    public BreakpointMobilityExperiment() {
        super("breakpoint-mobility", "FC Fig 2: breakpoint births, deaths and velocity per layer during training",
                new LayerDynamicsConfig(List.of(8, 8, 8, 8, 8), List.of("gap-smooth", "gap-sharp"), 0.05, 5e-5, 1000,
                        0, 50, 2),
                new LayerDynamicsConfig(List.of(8, 8, 8, 8, 8), List.of("gap-smooth", "gap-sharp"), 0.05, 5e-5,
                        MOST_EPOCHS, 1e-8, 50, 5));
    }

    @Override
    protected int runsPerTarget() {
        return READINGS.size();
    }

    @Override
    public List<Row> trial(LayerDynamicsConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        List<Row> rows = new ArrayList<>();
        for (String target : config.targets()) {
            Dataset grid = DeepTraining.data(plugins, target, config.step());
            for (String reading : READINGS) {
                Dataset data = reading.equals(GAP) ? withoutGap(grid) : grid;
                rows.addAll(run(config, target, reading, data, random, plugins));
            }
        }
        return rows;
    }

    /** @return the grid without the points of Fig 8's data gap, |x| &lt; 0.5 */
    static Dataset withoutGap(Dataset grid) {
        List<Integer> keep = new ArrayList<>();
        for (int n = 0; n < grid.size(); n++) {
            if (Math.abs(grid.x(n)) >= GAP_HALF_WIDTH) {
                keep.add(n);
            }
        }
        return new Dataset(keep.stream().mapToDouble(grid::x).toArray(), keep.stream().mapToDouble(grid::y).toArray());
    }

    private static List<Row> run(LayerDynamicsConfig config, String target, String reading, Dataset data,
            RandomGenerator random, PluginRegistry plugins) {
        SnapshotRecorder recorder = new SnapshotRecorder();
        TrainingResult result = DeepTraining.train(plugins, config.hiddenWidths(), data, config.lr(),
                config.epochs(), config.tolerance(), config.observeEvery(), random, List.of(recorder));
        if (result.diverged()) {
            return List.of();
        }
        if (recorder.snapshots().size() < 2) {
            return List.of();
        }
        // births and deaths over the whole line (layer 1's count is then fixed); velocities of the breakpoints
        // inside the data's range, where they shape the fit (far-away breakpoints can move arbitrarily fast)
        BreakpointMobility mobility = BreakpointMobility.of(recorder.snapshots());
        BreakpointMobility inRange = BreakpointMobility.of(recorder.snapshots(), data.minX(), data.maxX());
        List<Row> rows = new ArrayList<>();
        for (LayerMobility layer : mobility.layers()) {
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("births", (double) layer.births());
            metrics.put("deaths", (double) layer.deaths());
            metrics.put("totalChanges", (double) layer.totalChanges());
            metrics.put("meanVelocity", inRange.layers().get(layer.layer() - 1).meanVelocity());
            metrics.put("relativeVelocity", inRange.relativeVelocity(layer.layer()));
            // how the run ended: App. 3.3's stopping rule, or our cap on the epochs
            metrics.put("epochs", (double) result.epochs());
            metrics.put("converged", result.reason() == StopReason.CONVERGED ? 1.0 : 0.0);
            rows.add(new Row(cell(target, reading, layer.layer()), metrics));
        }
        // this run's own trend of births + deaths over the layers whose count can change (2 … L): paired within the
        // run, it leaves out how busy the run is overall, which varies from trial to trial far more than the trend
        if (mobility.layers().size() >= 3) {
            double[] deeper = mobility.layers().stream().skip(1).mapToDouble(l -> l.totalChanges()).toArray();
            Map<String, Double> trend = new LinkedHashMap<>();
            trend.put("changeRankCorrelation", LayerTrend.rankCorrelation(deeper));
            trend.put("changeSlope", LayerTrend.slope(deeper));
            rows.add(new Row(trendCell(target, reading), trend));
        }
        return rows;
    }

    static Map<String, String> trendCell(String target, String reading) {
        return CellBuilder.of("target", target).and("data", reading).and("layer", TREND).build();
    }

    static Map<String, String> cell(String target, String reading, int layer) {
        return CellBuilder.of("target", target).and("data", reading).and("layer", layer).build();
    }

    private static boolean ran(Summary summary, String target, String reading) {
        return summary.cells().stream().anyMatch(c -> c.levels().equals(cell(target, reading, 1)));
    }

    @Override
    public List<Verdict> verdicts(LayerDynamicsConfig config, Summary summary) {
        int layers = config.widths().size();
        List<Verdict> verdicts = new ArrayList<>();
        for (String reading : READINGS) {
            double firstChanges = 0;
            double deeperChanges = 0;
            double deeperVelocity = 0;
            int counted = 0;
            List<Verdict.Side> changes = new ArrayList<>();
            List<Verdict.Side> velocities = new ArrayList<>();
            for (String target : config.targets()) {
                if (!ran(summary, target, reading)) {
                    continue;
                }
                firstChanges += summary.stat(cell(target, reading, 1), "totalChanges").mean();
                changes.add(Verdict.side("layer 1", summary.stat(cell(target, reading, 1), "totalChanges")));
                for (int l = 2; l <= layers; l++) {
                    deeperChanges += summary.stat(cell(target, reading, l), "totalChanges").mean();
                    deeperVelocity += summary.stat(cell(target, reading, l), "relativeVelocity").mean();
                    counted++;
                    changes.add(Verdict.side("layer " + l, summary.stat(cell(target, reading, l), "totalChanges")));
                    velocities.add(Verdict.side("layer " + l, summary.stat(cell(target, reading, l),
                            "relativeVelocity")));
                }
            }
            if (counted == 0) {
                continue;
            }
            String data = " (" + READING_TITLES.get(READINGS.indexOf(reading)) + ")";
            StringBuilder stops = new StringBuilder();
            for (String target : config.targets()) {
                if (ran(summary, target, reading)) {
                    Summary.Stat converged = summary.stat(cell(target, reading, 1), "converged");
                    stops.append(String.format(Locale.ROOT, "; %s: %.0f of %d runs met the 1e-8 rule, epochs %s",
                            target, converged.mean() * converged.count(), converged.count(),
                            summary.stat(cell(target, reading, 1), "epochs")));
                }
            }
            verdicts.add(Verdict.compared("layer 1 never gains or loses breakpoints, deeper layers do" + data,
                    firstChanges == 0 && deeperChanges > 0, String.format(Locale.ROOT,
                            "total changes: layer 1 %.1f, layers 2-%d %.1f%s", firstChanges, layers, deeperChanges,
                            stops), changes));
            for (String target : config.targets()) {
                if (ran(summary, target, reading) && layers >= 3) {
                    verdicts.add(deeperChangeMore(target + data, summary.stat(trendCell(target, reading),
                            "changeRankCorrelation"), summary.stat(trendCell(target, reading), "changeSlope"),
                            stats(summary, target, reading, layers)));
                }
            }
            verdicts.add(Verdict.compared("breakpoints of deeper layers move faster than layer 1's" + data,
                    deeperVelocity / counted > 1, String.format(Locale.ROOT,
                            "mean velocity of layers 2-%d relative to layer 1: %.3g", layers,
                            deeperVelocity / counted), velocities));
        }
        return verdicts;
    }

    private static List<Summary.Stat> stats(Summary summary, String target, String reading, int layers) {
        List<Summary.Stat> stats = new ArrayList<>();
        for (int l = 1; l <= layers; l++) {
            stats.add(summary.stat(cell(target, reading, l), "totalChanges"));
        }
        return stats;
    }

    /**
     * FC Sec 3's "the number of breakpoints in deeper layers changes more often than in the shallow layers": births +
     * deaths increase with depth over the layers whose count can change (2 … L; layer 1's cannot, the claim's other
     * half). "More often" is an order, and the counts are heavy-tailed (a run may flicker thousands of times in one
     * layer where the others change tens of times), so each run's order is measured by its rank correlation with the
     * layer ({@link LayerTrend#rankCorrelation}), paired within the run. Holds when the runs' mean correlation exceeds
     * two standard errors ({@code 2 sd/√n}). Beside it: the runs' least-squares slopes (mean ± 2 SE), which the heavy
     * tails make far noisier, and the layers' means.
     *
     * @param rank    the runs' rank correlations over layers 2 … L
     * @param slope   the runs' slopes over layers 2 … L
     * @param changes the births + deaths of layers 1 … L, L >= 3
     */
    static Verdict deeperChangeMore(String what, Summary.Stat rank, Summary.Stat slope, List<Summary.Stat> changes) {
        double twoSe = rank.count() < 2 ? Double.NaN : 2 * rank.sd() / Math.sqrt(rank.count());
        double slopeTwoSe = slope.count() < 2 ? Double.NaN : 2 * slope.sd() / Math.sqrt(slope.count());
        StringBuilder means = new StringBuilder();
        for (Summary.Stat stat : changes) {
            means.append(means.isEmpty() ? "" : ", ").append(stat);
        }
        return Verdict.compared("deeper layers' breakpoint counts change more often (births + deaths increase with"
                + " depth): " + what, rank.mean() > twoSe, String.format(Locale.ROOT, "per-run rank correlation of births + deaths"
                        + " with the layer over layers 2-%d %.3f ± %.3f (mean ± 2 SE over %d runs); per-run slope"
                        + " %.3g ± %.2g; changes by layer %s", changes.size(), rank.mean(), twoSe, rank.count(),
                        slope.mean(), slopeTwoSe, means), List.of(Verdict.side("runs", rank, slope)));
    }

    @Override
    public List<Figure> figures(LayerDynamicsConfig config, Summary summary) {
        double[] layers = new double[config.widths().size()];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = l + 1;
        }
        List<Series> velocity = new ArrayList<>();
        List<Series> changes = new ArrayList<>();
        for (String reading : READINGS) {
            for (String target : config.targets()) {
                if (!ran(summary, target, reading)) {
                    continue;
                }
                String name = target + (reading.equals(GAP) ? ", gap (a)" : ", whole (b)");
                velocity.add(Series.of(name, layers, layer -> cell(target, reading, (int) layer), summary,
                        "relativeVelocity", false));
                changes.add(Series.of(name, layers, layer -> cell(target, reading, (int) layer), summary,
                        "totalChanges", false));
            }
        }
        return List.of(
                // a log axis: the means span 0 to thousands (layer 1's zero is not drawn); the sd is in the verdicts
                new Figure("mobility-changes", "FC Fig 2 (left): births + deaths per layer (means; layer 1: none)",
                        "layer", "total changes", false, true, changes),
                new Figure("mobility-velocity", "FC Fig 2 (right): breakpoint velocity relative to layer 1", "layer",
                        "velocity / layer-1 velocity", false, velocity));
    }
}
