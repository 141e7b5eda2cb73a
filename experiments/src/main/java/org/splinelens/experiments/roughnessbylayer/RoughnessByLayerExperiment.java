package org.splinelens.experiments.roughnessbylayer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.dynamics.observe.SnapshotRecorder;
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
 * FC Fig 3: roughness of each hidden layer during training. Claim (FC Sec 3): "the roughness of the basis functions
 * at initialization in the deeper layers is lower … since the basis functions are very flat. But, as the network
 * learns, for complex functions most of the roughness is in the later layers as seen in Fig. 3b" (App. 3.1.2:
 * "roughness per layer was summed over all units within that layer"). Two readings of a unit's roughness, side by
 * side, each with its own verdicts (the last layer against the first, after training and at initialization):
 * <ul>
 * <li>(a) attribution to the output: {@code Σ_k Δ_{i,k}²} over the unit's breakpoints, {@code Δ_{i,k}} the change
 * of the output's slope when the unit alone switches there ({@code LayerBreakpoints.roughness}; metric
 * {@code roughness});</li>
 * <li>(b) basis functions: the roughness {@code ρ(f) = Σ_k (m_k − m_{k−1})²} of the unit's own function of the
 * input, {@code x_i^{(ℓ)}(x) = relu(z_i^{(ℓ)}(x))} (metric {@code basisRoughness}) and of its pre-activation
 * {@code z_i^{(ℓ)}(x)} (metric {@code preActivationRoughness}; a layer-1 pre-activation is affine, so that reading
 * compares the last layer with layer 2). See {@code BasisRoughnessRecorder}.</li>
 * </ul>
 * The across-depth reading of the init-densities experiment has no counterpart here: Fig 3 follows one network.
 */
public final class RoughnessByLayerExperiment extends LayerDynamicsExperiment {
    private static final String READING_A = "reading a: each unit's attribution to the output's slope, Σ Δ² per"
            + " layer";
    private static final String READING_B = "reading b: basis functions, Σ_i ρ(x_i) of each unit's own"
            + " x_i(x) = relu(z_i(x)) per layer";
    private static final String READING_Z = "reading b, pre-activations: Σ_i ρ(z_i) per layer";

    public RoughnessByLayerExperiment() {
        super("roughness-by-layer", "FC Fig 3: roughness per layer during training, x^2/2 and sin(x)",
                new LayerDynamicsConfig(List.of(8, 8, 8, 8), List.of("quadratic", "sin"), 0.05, 5e-5, 1000, 0, 50, 2),
                // FC App. 3.1.2: "4 hidden layers of width 8 ... [−2, 2] ... Learning rate = 1e-4, trained via GD
                // over 10000 epochs, with roughness measured every 50 epochs"; data every .01 as in App. 3.1.1 and
                // 3.1.3 (3.1.2 gives no spacing), no stopping rule, 5 trials (every table of both papers)
                new LayerDynamicsConfig(List.of(8, 8, 8, 8), List.of("quadratic", "sin"), 0.01, 1e-4, 10_000, 0,
                        50, 5));
    }

    @Override
    public List<Row> trial(LayerDynamicsConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        List<Row> rows = new ArrayList<>();
        for (String target : config.targets()) {
            Dataset data = DeepTraining.data(plugins, target, config.step());
            SnapshotRecorder recorder = new SnapshotRecorder();
            BasisRoughnessRecorder basis = new BasisRoughnessRecorder();
            if (DeepTraining.train(plugins, config.hiddenWidths(), data, config.lr(), config.epochs(),
                    config.tolerance(), config.observeEvery(), random, List.of(recorder, basis)).diverged()) {
                continue; // no rows for a diverged run; the summary's n shows it
            }
            int[] epochs = recorder.epochs();
            double[][] rho = recorder.roughnessByLayer();
            double[][] rhoX = basis.activationRoughness();
            double[][] rhoZ = basis.preActivationRoughness();
            for (int t = 0; t < epochs.length; t++) {
                // the grid of observed epochs is the same in every trial up to early stopping
                String stage = t == epochs.length - 1 ? "final" : Integer.toString(epochs[t]);
                for (int l = 0; l < rho[t].length; l++) {
                    Map<String, Double> metrics = new LinkedHashMap<>();
                    metrics.put("roughness", rho[t][l]);
                    metrics.put("basisRoughness", rhoX[t][l]);
                    metrics.put("preActivationRoughness", rhoZ[t][l]);
                    rows.add(new Row(cell(target, stage, l + 1), metrics));
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
            if (last < 2 || !has(summary, cell(target, "final", 1))) {
                continue;
            }
            String trained = target + ": after training the last layer is rougher than the first (";
            verdicts.add(compare(trained + READING_A + ")", summary, target, "final", "roughness", 1, last, true));
            verdicts.add(compare(trained + READING_B + ")", summary, target, "final", "basisRoughness", 1, last,
                    true));
            if (last > 2) {
                verdicts.add(compare(target + ": after training the last layer is rougher than layer 2 (" + READING_Z
                        + ")", summary, target, "final", "preActivationRoughness", 2, last, true));
            }
            if (has(summary, cell(target, "0", 1))) {
                String initial = target + ": at initialization the last layer is smoother than the first (";
                verdicts.add(compare(initial + READING_A + ")", summary, target, "0", "roughness", 1, last, false));
                verdicts.add(compare(initial + READING_B + ")", summary, target, "0", "basisRoughness", 1, last,
                        false));
            }
        }
        return verdicts;
    }

    private static boolean has(Summary summary, Map<String, String> cell) {
        return summary.cells().stream().anyMatch(c -> c.levels().equals(cell));
    }

    /**
     * Holds when layer {@code last}'s mean {@code metric} at {@code stage} is above ({@code rougher}) or below
     * layer {@code from}'s by more than two standard errors of the difference of the trial means,
     * {@code 2 √(sd_from²/n_from + sd_last²/n_last)}; the evidence lists every layer from {@code from}.
     */
    private static Verdict compare(String claim, Summary summary, String target, String stage, String metric,
            int from, int last, boolean rougher) {
        StringBuilder evidence = new StringBuilder(metric + " by layer at " + (stage.equals("0") ? "epoch 0"
                : "the end") + ":");
        for (int l = from; l <= last; l++) {
            evidence.append(String.format(Locale.ROOT, " %d: %s;", l, summary.stat(cell(target, stage, l),
                    metric)));
        }
        evidence.setLength(evidence.length() - 1);
        Summary.Stat first = summary.stat(cell(target, stage, from), metric);
        Summary.Stat deepest = summary.stat(cell(target, stage, last), metric);
        double gap = rougher ? deepest.mean() - first.mean() : first.mean() - deepest.mean();
        double twoSe = first.twoStandardErrors(deepest);
        evidence.append(String.format(Locale.ROOT, "; %s by %.3g vs 2 SE %.2g", rougher ? "rougher" : "smoother", gap,
                twoSe));
        return Verdict.compared(claim, gap > twoSe, evidence.toString(), List.of(Verdict.side("layer " + last,
                deepest), Verdict.side("layer " + from, first)));
    }

    /** The breakpoints and the basis functions of reading (b) ({@link BasisRoughnessRecorder}) at every snapshot. */
    @Override
    protected double analysesPerSnapshot() {
        return 2;
    }

    @Override
    public List<Figure> figures(LayerDynamicsConfig config, Summary summary) {
        List<Figure> figures = new ArrayList<>();
        for (String target : config.targets()) {
            String stem = target.replaceAll("[^a-z0-9]+", "-");
            figures.add(figure(config, summary, target, "roughness", "roughness-" + stem, "FC Fig 3, " + target
                    + ": roughness per layer (a: attribution to the output)"));
            figures.add(figure(config, summary, target, "basisRoughness", "basis-roughness-" + stem, "FC Fig 3, "
                    + target + ": roughness per layer (b: basis functions x_i)"));
        }
        return figures;
    }

    private static Figure figure(LayerDynamicsConfig config, Summary summary, String target, String metric,
            String name, String title) {
        List<Series> series = new ArrayList<>();
        for (int l = 1; l <= config.widths().size(); l++) {
            List<double[]> points = new ArrayList<>();
            for (Summary.CellSummary cell : summary.cells()) {
                Map<String, String> levels = cell.levels();
                if (levels.get("target").equals(target) && levels.get("layer").equals(Integer.toString(l))
                        && !levels.get("epoch").equals("final")) {
                    points.add(new double[] {Double.parseDouble(levels.get("epoch")), cell.stats().get(metric).mean()});
                }
            }
            series.add(new Series("layer " + l, points.stream().mapToDouble(p -> p[0]).toArray(),
                    points.stream().mapToDouble(p -> p[1]).toArray(), null));
        }
        return new Figure(name, title, "epoch", "roughness", false, series);
    }
}
