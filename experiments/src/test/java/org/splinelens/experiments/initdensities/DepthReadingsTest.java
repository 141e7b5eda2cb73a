package org.splinelens.experiments.initdensities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.Initializer;
import org.splinelens.init.InitializerPlugin;

/**
 * The readings of "as depth increases, delta-slopes have lower variance" (FC Sec 3, Fig 1 right) in init-densities:
 * their numbers against closed forms on the trial's own networks, redrawn from the same seed, and their verdicts
 * decided by those numbers.
 */
class DepthReadingsTest {
    private static final PluginRegistry PLUGINS = PluginRegistry.discover(DepthReadingsTest.class.getClassLoader());
    private static final List<String> INITS = List.of("he-normal", "pytorch-default");
    private static final InitDensitiesConfig CONFIG = new InitDensitiesConfig("he-normal", List.of(6, 5, 4), 30, 4,
            8, 1, List.of(1, 2, 3), INITS);

    /**
     * Reading (b), layer 1: {@code relu(w_i x + c_i)} kinks once with slope jump {@code |w_i|}, so its pooled
     * variance is that of {@code |w_i|} and its roughness {@code Σ w_i²}. Reading (c), one hidden layer: the output
     * jumps by {@code |w_i| v_i} at {@code −c_i/w_i} (the orientation flips the sign of {@code w_i v_i} for
     * {@code w_i < 0}). Both from the networks the trial draws, in its order: for each initializer in turn, the main
     * ones, then those of depth 1, 2, 3; for he-normal and for pytorch-default, drawn after all of he-normal's.
     */
    @Test
    void firstLayerAndOneHiddenLayerReadingsMatchTheirClosedFormsForEachInit() {
        List<Row> rows = new InitDensitiesExperiment().trial(CONFIG, 0, new SplittableRandom(11), PLUGINS);
        SplittableRandom random = new SplittableRandom(11);
        for (String name : INITS) {
            Initializer init = PLUGINS.plugin(InitializerPlugin.class, name).create(Map.of());
            List<Double> absW = new ArrayList<>();
            double roughness = 0;
            for (int k = 0; k < CONFIG.networks(); k++) {
                DeepNetwork net = init.deep(new DeepArchitecture(6, 5, 4), null, random);
                for (int u = 0; u < 6; u++) {
                    absW.add(Math.abs(net.weight(0, u, 0)));
                    roughness += net.weight(0, u, 0) * net.weight(0, u, 0);
                }
            }
            List<Double> jumps = new ArrayList<>();
            for (int k = 0; k < CONFIG.networks(); k++) {
                DeepNetwork net = init.deep(new DeepArchitecture(6), null, random);
                for (int u = 0; u < 6; u++) {
                    jumps.add(Math.abs(net.weight(0, u, 0)) * net.weight(1, 0, u));
                }
            }
            for (int k = 0; k < 2 * CONFIG.networks(); k++) {
                init.deep(new DeepArchitecture(CONFIG.widthsOfDepth(k < CONFIG.networks() ? 2 : 3)), null, random);
            }
            Map<String, Double> basis = metrics(rows, InitDensitiesExperiment.cell(DepthReadings.BASIS, name, 1,
                    Double.NaN));
            assertThat(basis.get("activationKnots")).as(name).isEqualTo(6.0);
            assertThat(basis.get("activationDeltaSlopeVariance")).as(name).isCloseTo(variance(absW),
                    Offset.offset(1e-12));
            assertThat(basis.get("activationRoughness")).as(name).isCloseTo(roughness / CONFIG.networks(),
                    Offset.offset(1e-12));
            assertThat(basis.get("preActivationRoughness")).as(name).isZero();
            Map<String, Double> depth1 = metrics(rows, InitDensitiesExperiment.cell(DepthReadings.DEPTH, name, 1,
                    Double.NaN));
            assertThat(depth1.get("activeBreakpoints")).as(name).isEqualTo(6.0);
            assertThat(depth1.get("deltaSlopeVariance")).as(name).isCloseTo(variance(jumps), Offset.offset(1e-12));
            Map<String, Double> depth3 = metrics(rows, InitDensitiesExperiment.cell(DepthReadings.DEPTH, name, 3,
                    Double.NaN));
            assertThat(depth3.get("deltaSlopeVariance")).as(name).isPositive();
        }
    }

    /**
     * Adding an initializer to {@code readingInits} draws its networks after all of {@code init}'s: the rows of
     * {@code init} are the same, bit for bit, with or without it; the added one has its own rows of readings a and b
     * (one a layer) and c (one a depth).
     */
    @Test
    void anotherReadingInitLeavesTheMainInitsRowsUnchanged() {
        InitDensitiesConfig alone = new InitDensitiesConfig("he-normal", List.of(6, 5, 4), 30, 4, 8, 1,
                List.of(1, 2, 3), List.of("he-normal"));
        List<Row> heOnly = new InitDensitiesExperiment().trial(alone, 0, new SplittableRandom(5), PLUGINS);
        List<Row> both = new InitDensitiesExperiment().trial(CONFIG, 0, new SplittableRandom(5), PLUGINS);
        assertThat(both.stream().filter(r -> r.cell().get("init").equals("he-normal")).toList())
                .isEqualTo(heOnly);
        assertThat(both.stream().filter(r -> r.cell().get("init").equals("pytorch-default")).toList())
                .hasSize(2 * 3 + 3 + (1 + 2 + 3));
    }

    /** An unknown initializer in {@code readingInits} is refused naming the key; one without {@code init} too. */
    @Test
    void readingInitsAreChecked() {
        InitDensitiesConfig unknown = new InitDensitiesConfig("he-normal", List.of(6), 3, 4, 8, 1, List.of(1),
                List.of("he-normal", "no-such-init"));
        assertThatThrownBy(() -> new InitDensitiesExperiment().validate(unknown, PLUGINS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("readingInits", "no-such-init");
        assertThatThrownBy(() -> new InitDensitiesConfig("he-normal", List.of(6), 3, 4, 8, 1, List.of(1),
                List.of("pytorch-default"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("readingInits");
    }

    /**
     * Each reading's verdict follows its own numbers: lower variance at depth holds, higher does not, and a fall
     * within two standard errors of trial noise does not either (reading a, he-normal: trials 1.0, 1.2 in layer 1,
     * 1.0, 1.0 in layer 2 and 0.9, 1.1 in layer 3, a fall of 0.1 against 2 SE of 0.28); each initializer's verdicts follow its own cells
     * (pytorch-default: 1.0, 1.2 and 0.01, 0.21, a fall of 0.99 against 2 SE of 0.28).
     */
    @Test
    void eachReadingsVerdictFollowsItsNumbers() {
        List<Row> rows = new ArrayList<>();
        for (String init : INITS) {
            // pytorch-default: the same numbers with reading a's last layer and reading c's last depth falling
            double lastFalls = init.equals("he-normal") ? 0.9 : 0.01;
            for (int l = 1; l <= 3; l++) {
                double shrinking = 1.0 / l;
                rows.add(new Row(InitDensitiesExperiment.cell("layer", init, l, Double.NaN),
                        Map.of("deltaSlopeVariance", l == 3 ? lastFalls : 1.0)));
                // two equal trials: no spread, and enough trials for a difference to be judged at all
                for (int trial = 0; trial < 2; trial++) {
                    rows.add(new Row(InitDensitiesExperiment.cell(DepthReadings.BASIS, init, l, Double.NaN), Map.of(
                            "activationDeltaSlopeVariance", shrinking, "preActivationDeltaSlopeVariance", (double) l)));
                    rows.add(new Row(InitDensitiesExperiment.cell(DepthReadings.DEPTH, init, l, Double.NaN),
                            Map.of("deltaSlopeVariance", l == 3 ? lastFalls : 1.0)));
                }
            }
            // every layer's second trial: a side needs two trials to be judged at all
            rows.add(new Row(InitDensitiesExperiment.cell("layer", init, 1, Double.NaN),
                    Map.of("deltaSlopeVariance", 1.2)));
            rows.add(new Row(InitDensitiesExperiment.cell("layer", init, 2, Double.NaN),
                    Map.of("deltaSlopeVariance", 1.0)));
            rows.add(new Row(InitDensitiesExperiment.cell("layer", init, 3, Double.NaN),
                    Map.of("deltaSlopeVariance", lastFalls + 0.2)));
        }
        List<Verdict> verdicts = DepthReadings.verdicts(CONFIG, Summary.of(rows));
        assertThat(verdicts).extracting(Verdict::holds).containsExactly(false, true, false, true,
                true, true, false, true);
        assertThat(verdicts.get(0).claim()).contains("reading a: each unit's attribution", "he-normal init");
        assertThat(verdicts.get(0).evidence()).contains("fall from first to last 0.100 vs 2 SE 0.28");
        assertThat(verdicts.get(1).claim()).contains("reading b: basis functions", "he-normal init");
        assertThat(verdicts.get(1).evidence()).contains("1: 1.000", "3: 0.3333");
        assertThat(verdicts.get(2).claim()).contains("reading b, pre-activations", "he-normal init");
        assertThat(verdicts.get(3).claim()).contains("reading c", "[1, 2, 3] hidden layers", "he-normal init");
        assertThat(verdicts.get(4).claim()).contains("reading a: each unit's attribution", "pytorch-default init");
        assertThat(verdicts.get(4).evidence()).contains("fall from first to last 0.990");
        assertThat(verdicts.get(7).claim()).contains("reading c", "pytorch-default init");
    }

    /** The across-depth networks repeat the last width beyond the configured ones. */
    @Test
    void deeperThanTheWidthsRepeatsTheLastWidth() {
        assertThat(CONFIG.widthsOfDepth(2)).containsExactly(6, 5);
        assertThat(CONFIG.widthsOfDepth(5)).containsExactly(6, 5, 4, 4, 4);
    }

    private static Map<String, Double> metrics(List<Row> rows, Map<String, String> cell) {
        return rows.stream().filter(r -> r.cell().equals(cell)).findFirst().orElseThrow().metrics();
    }

    private static double variance(List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1);
    }
}
