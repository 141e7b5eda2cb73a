package org.splinelens.experiments.roughnessbylayer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.plugin.PluginRegistry;
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
 * FC Fig 3: roughness of each hidden layer (its units' squared delta-slopes) during training. Claim: for a complex
 * target most of the roughness ends up in the later layers.
 */
public final class RoughnessByLayerExperiment extends LayerDynamicsExperiment {

    public RoughnessByLayerExperiment() {
        super("roughness-by-layer", "FC Fig 3: roughness per layer during training, x^2/2 and sin(x)",
                new LayerDynamicsConfig(List.of(8, 8, 8, 8), List.of("quadratic", "sin"), 0.05, 5e-5, 1000, 0, 50, 1),
                new LayerDynamicsConfig(List.of(8, 8, 8, 8), List.of("quadratic", "sin"), 0.05, 5e-5, 20_000, 1e-8,
                        50, 4));
    }

    @Override
    public List<Row> trial(LayerDynamicsConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        List<Row> rows = new ArrayList<>();
        for (String target : config.targets()) {
            Dataset data = DeepTraining.data(plugins, target, config.step());
            SnapshotRecorder recorder = new SnapshotRecorder();
            try {
                DeepTraining.train(plugins, config.hiddenWidths(), data, config.lr(), config.epochs(),
                        config.tolerance(), config.observeEvery(), random, List.of(recorder));
            } catch (TrainingDiverged e) {
                continue; // no rows for a diverged run; the summary's n shows it
            }
            int[] epochs = recorder.epochs();
            double[][] rho = recorder.roughnessByLayer();
            for (int t = 0; t < epochs.length; t++) {
                // the grid of observed epochs is the same in every trial up to early stopping
                String stage = t == epochs.length - 1 ? "final" : Integer.toString(epochs[t]);
                for (int l = 0; l < rho[t].length; l++) {
                    rows.add(new Row(cell(target, stage, l + 1), Map.of("roughness", rho[t][l])));
                }
            }
        }
        return rows;
    }

    private static Map<String, String> cell(String target, String epoch, int layer) {
        return CellBuilder.of("target", target).and("epoch", epoch).and("layer", layer).build();
    }

    @Override
    public List<Verdict> verdicts(LayerDynamicsConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        int last = config.widths().size();
        for (String target : config.targets()) {
            if (summary.cells().stream().noneMatch(c -> c.levels().equals(cell(target, "final", 1)))) {
                continue;
            }
            Summary.Stat first = summary.stat(cell(target, "final", 1), "roughness");
            Summary.Stat deepest = summary.stat(cell(target, "final", last), "roughness");
            verdicts.add(new Verdict(target + ": after training the last layer is rougher than the first",
                    deepest.mean() > first.mean(), String.format(Locale.ROOT, "layer %d: %s vs layer 1: %s", last,
                    deepest, first)));
        }
        return verdicts;
    }

    @Override
    public List<Figure> figures(LayerDynamicsConfig config, Summary summary) {
        List<Figure> figures = new ArrayList<>();
        for (String target : config.targets()) {
            List<Series> series = new ArrayList<>();
            for (int l = 1; l <= config.widths().size(); l++) {
                List<double[]> points = new ArrayList<>();
                for (Summary.CellSummary cell : summary.cells()) {
                    Map<String, String> levels = cell.levels();
                    if (levels.get("target").equals(target) && levels.get("layer").equals(Integer.toString(l))
                            && !levels.get("epoch").equals("final")) {
                        points.add(new double[] {Double.parseDouble(levels.get("epoch")),
                            cell.stats().get("roughness").mean()});
                    }
                }
                series.add(new Series("layer " + l, points.stream().mapToDouble(p -> p[0]).toArray(),
                        points.stream().mapToDouble(p -> p[1]).toArray(), null));
            }
            figures.add(new Figure("roughness-" + target.replaceAll("[^a-z0-9]+", "-"), "FC Fig 3: roughness per"
                    + " layer during training on " + target, "epoch", "roughness", false, series));
        }
        return figures;
    }
}
