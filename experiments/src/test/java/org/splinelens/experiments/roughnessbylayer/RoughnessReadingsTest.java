package org.splinelens.experiments.roughnessbylayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.layerdynamics.DeepTraining;
import org.splinelens.experiments.layerdynamics.LayerDynamicsConfig;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.InitializerPlugin;

/**
 * FC Fig 3's readings in roughness-by-layer: reading (b)'s numbers against a closed form on the trial's own initial
 * network, and every reading's verdict decided by its own numbers.
 */
class RoughnessReadingsTest {
    private static final PluginRegistry PLUGINS = PluginRegistry.discover(RoughnessReadingsTest.class
            .getClassLoader());
    private static final LayerDynamicsConfig CONFIG = new LayerDynamicsConfig(List.of(5, 4, 3), List.of("sin"), 0.1,
            5e-5, 40, 0, 20, 1);

    /**
     * At epoch 0, layer 1's basis functions {@code relu(w_i x + c_i)} each kink once by {@code |w_i|}: their summed
     * roughness is {@code Σ w_i²}, and their affine pre-activations have none. The initial network is redrawn from
     * the trial's seed, as {@link DeepTraining#train} draws it first.
     */
    @Test
    void firstLayerBasisRoughnessAtInitIsTheSumOfSquaredWeights() {
        List<Row> rows = new RoughnessByLayerExperiment().trial(CONFIG, 0, new SplittableRandom(5), PLUGINS);
        Dataset data = DeepTraining.data(PLUGINS, "sin", CONFIG.step());
        DeepNetwork start = PLUGINS.plugin(InitializerPlugin.class, "pytorch-default").create(Map.of())
                .deep(new DeepArchitecture(5, 4, 3), data, new SplittableRandom(5)).asDeep();
        double sum = 0;
        for (int u = 0; u < 5; u++) {
            sum += start.weight(0, u, 0) * start.weight(0, u, 0);
        }
        Map<String, Double> layer1 = rows.stream().filter(r -> r.cell().equals(cell("0", 1))).findFirst()
                .orElseThrow().metrics();
        assertThat(layer1.get("basisRoughness")).isCloseTo(sum, Offset.offset(1e-12 * (1 + sum)));
        assertThat(layer1.get("preActivationRoughness")).isZero();
        assertThat(rows.stream().filter(r -> r.cell().equals(cell("final", 3))).findFirst()).isPresent();
    }

    /** Rougher deep layers after training and smoother ones at init hold; the reverse does not, reading by reading. */
    @Test
    void eachReadingsVerdictFollowsItsNumbers() {
        List<Row> rows = new ArrayList<>();
        for (int trial = 0; trial < 2; trial++) { // two equal trials: enough for a difference to be judged at all
            for (int l = 1; l <= 3; l++) {
                // reading a: deeper rougher at the end and at init; reading b: deeper smoother at both; z: rougher at
                // layer 3
                rows.add(new Row(cell("0", l), Map.of("roughness", (double) l, "basisRoughness", 1.0 / l,
                        "preActivationRoughness", (double) l)));
                rows.add(new Row(cell("final", l), Map.of("roughness", (double) l, "basisRoughness", 1.0 / l,
                        "preActivationRoughness", (double) l)));
            }
        }
        List<Verdict> verdicts = new RoughnessByLayerExperiment().verdicts(CONFIG, Summary.of(rows));
        assertThat(verdicts).extracting(Verdict::holds).containsExactly(true, false, true, false, true);
        assertThat(verdicts.get(0).claim()).contains("after training", "reading a");
        assertThat(verdicts.get(1).claim()).contains("after training", "reading b: basis functions");
        assertThat(verdicts.get(2).claim()).contains("than layer 2", "pre-activations");
        assertThat(verdicts.get(3).claim()).contains("at initialization", "reading a");
        assertThat(verdicts.get(4).claim()).contains("at initialization", "reading b");
        assertThat(verdicts.get(1).evidence()).contains("1: 1.000", "3: 0.3333");
    }

    private static Map<String, String> cell(String epoch, int layer) {
        return CellBuilder.of("target", "sin").and("epoch", epoch).and("layer", layer).build();
    }
}
