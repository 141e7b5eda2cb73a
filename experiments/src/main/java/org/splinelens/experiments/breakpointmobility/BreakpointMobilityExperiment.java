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
import org.splinelens.dynamics.train.TrainingDiverged;
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
 * definitions). Claims: layer 1's breakpoint count cannot change
 * while deeper layers' does; deeper layers' breakpoints move faster than layer 1's.
 */
public final class BreakpointMobilityExperiment extends LayerDynamicsExperiment {

    public BreakpointMobilityExperiment() {
        super("breakpoint-mobility", "FC Fig 2: breakpoint births, deaths and velocity per layer during training",
                new LayerDynamicsConfig(List.of(8, 8, 8, 8, 8), List.of("gap-smooth", "gap-sharp"), 0.05, 5e-5, 1000,
                        0, 50, 1),
                new LayerDynamicsConfig(List.of(8, 8, 8, 8, 8), List.of("gap-smooth", "gap-sharp"), 0.05, 5e-5,
                        30_000, 1e-8, 50, 4));
    }

    @Override
    public List<Row> trial(LayerDynamicsConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        List<Row> rows = new ArrayList<>();
        for (String target : config.targets()) {
            Dataset data = DeepTraining.data(plugins, target, config.step());
            // the gap targets: no data inside (−0.5, 0.5)
            if (target.startsWith("gap-")) {
                List<Integer> keep = new ArrayList<>();
                for (int n = 0; n < data.size(); n++) {
                    if (Math.abs(data.x(n)) >= 0.5) {
                        keep.add(n);
                    }
                }
                data = new Dataset(keep.stream().mapToDouble(data::x).toArray(),
                        keep.stream().mapToDouble(data::y).toArray());
            }
            SnapshotRecorder recorder = new SnapshotRecorder();
            try {
                DeepTraining.train(plugins, config.hiddenWidths(), data, config.lr(), config.epochs(),
                        config.tolerance(), config.observeEvery(), random, List.of(recorder));
            } catch (TrainingDiverged e) {
                continue;
            }
            if (recorder.snapshots().size() < 2) {
                continue;
            }
            // births and deaths over the whole line (layer 1's count is then fixed); velocities of the breakpoints
            // inside the data's range, where they shape the fit (far-away breakpoints can move arbitrarily fast)
            BreakpointMobility mobility = BreakpointMobility.of(recorder.snapshots());
            BreakpointMobility inRange = BreakpointMobility.of(recorder.snapshots(), data.minX(), data.maxX());
            for (LayerMobility layer : mobility.layers()) {
                Map<String, Double> metrics = new LinkedHashMap<>();
                metrics.put("births", (double) layer.births());
                metrics.put("deaths", (double) layer.deaths());
                metrics.put("totalChanges", (double) layer.totalChanges());
                metrics.put("meanVelocity", inRange.layers().get(layer.layer() - 1).meanVelocity());
                metrics.put("relativeVelocity", inRange.relativeVelocity(layer.layer()));
                rows.add(new Row(cell(target, layer.layer()), metrics));
            }
        }
        return rows;
    }

    private static Map<String, String> cell(String target, int layer) {
        return CellBuilder.of("target", target).and("layer", layer).build();
    }

    @Override
    public List<Verdict> verdicts(LayerDynamicsConfig config, Summary summary) {
        int layers = config.widths().size();
        double firstChanges = 0;
        double deeperChanges = 0;
        double deeperVelocity = 0;
        int counted = 0;
        for (String target : config.targets()) {
            if (summary.cells().stream().noneMatch(c -> c.levels().equals(cell(target, 1)))) {
                continue;
            }
            firstChanges += summary.stat(cell(target, 1), "totalChanges").mean();
            for (int l = 2; l <= layers; l++) {
                deeperChanges += summary.stat(cell(target, l), "totalChanges").mean();
                deeperVelocity += summary.stat(cell(target, l), "relativeVelocity").mean();
                counted++;
            }
        }
        if (counted == 0) {
            return List.of();
        }
        double meanRelative = deeperVelocity / counted;
        return List.of(
                new Verdict("layer 1 never gains or loses breakpoints, deeper layers do", firstChanges == 0
                        && deeperChanges > 0, String.format(Locale.ROOT, "total changes: layer 1 %.1f, layers 2-%d %.1f",
                        firstChanges, layers, deeperChanges)),
                new Verdict("breakpoints of deeper layers move faster than layer 1's", meanRelative > 1,
                        String.format(Locale.ROOT, "mean velocity of layers 2-%d relative to layer 1: %.3g", layers,
                                meanRelative)));
    }

    @Override
    public List<Figure> figures(LayerDynamicsConfig config, Summary summary) {
        double[] layers = new double[config.widths().size()];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = l + 1;
        }
        List<Series> velocity = new ArrayList<>();
        List<Series> changes = new ArrayList<>();
        for (String target : config.targets()) {
            if (summary.cells().stream().noneMatch(c -> c.levels().equals(cell(target, 1)))) {
                continue;
            }
            velocity.add(Series.of(target, layers, layer -> cell(target, (int) layer), summary, "relativeVelocity",
                    false));
            changes.add(Series.of(target, layers, layer -> cell(target, (int) layer), summary, "totalChanges", false));
        }
        return List.of(
                new Figure("mobility-changes", "FC Fig 2 (left): breakpoint births + deaths per layer", "layer",
                        "total changes", false, changes),
                new Figure("mobility-velocity", "FC Fig 2 (right): breakpoint velocity relative to layer 1", "layer",
                        "velocity / layer-1 velocity", false, velocity));
    }
}
