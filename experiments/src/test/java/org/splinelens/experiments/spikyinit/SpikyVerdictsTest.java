package org.splinelens.experiments.spikyinit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/** Table 3's verdicts decided by constructed trial values whose answer is known. */
class SpikyVerdictsTest {
    private static final SpikyInitConfig CONFIG = new SpikyInitConfig(List.of("sin", "quadratic", "cubic"), 20, 21,
            List.of(), 1e-4, 5, 10, 0, 3, "grid", 20, "half-sum", false, 0.04);

    /** Three trials per cell: the value plus −spread, 0, +spread. */
    private static void add(List<Row> rows, String target, String init, Map<String, double[]> metrics) {
        for (int t = 0; t < 3; t++) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (var e : metrics.entrySet()) {
                values.put(e.getKey(), e.getValue()[0] + (t - 1) * e.getValue()[1]);
            }
            rows.add(new Row(SpikyInitExperiment.cell(target, "shallow", init), values));
        }
    }

    private static Summary summary(double spikyTest, double spread, double spikyTrain, double standardDrift) {
        List<Row> rows = new ArrayList<>();
        for (String target : CONFIG.targets()) {
            add(rows, target, "standard", Map.of("testLoss", new double[] {2, 0.5}, "trainLoss", new double[] {0.1,
                    0.01}, "trainFvu", new double[] {0.01, 0.001}, "roughnessStart", new double[] {0.1, 0.01},
                    "roughnessEnd", new double[] {0.3, 0.01}, "roughnessDrift", new double[] {standardDrift, 0.01}));
            add(rows, target, "spiky", Map.of("testLoss", new double[] {spikyTest, spread}, "trainLoss",
                    new double[] {spikyTrain, 0.01}, "trainFvu", new double[] {spikyTrain / 10, 0.001},
                    "roughnessStart", new double[] {3000, 100}, "roughnessEnd", new double[] {2900, 100},
                    "roughnessDrift", new double[] {0.05, 0.01}));
        }
        return Summary.of(rows);
    }

    private static Verdict find(List<Verdict> verdicts, String start) {
        return verdicts.stream().filter(v -> v.claim().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void aSpikyStartGeneralizesWorseOnlyBeyondTwoStandardErrors() {
        assertThat(find(SpikyVerdicts.verdicts(CONFIG, summary(150, 10, 0.1, 0.05)), "shallow nets: a spiky").holds())
                .isTrue();
        // 150 ± 400 per trial: the mean is higher, but within 2 SE of the difference
        assertThat(find(SpikyVerdicts.verdicts(CONFIG, summary(150, 400, 0.1, 0.05)), "shallow nets: a spiky")
                .holds()).isFalse();
    }

    @Test
    void nearPerfectAndSimilarTrainingFollowTheTrainingLosses() {
        List<Verdict> same = SpikyVerdicts.verdicts(CONFIG, summary(150, 10, 0.1, 0.05));
        assertThat(find(same, "shallow nets: both starts fit").holds()).isTrue();
        assertThat(find(same, "shallow nets: both starts reach similar").holds()).isTrue();
        List<Verdict> apart = SpikyVerdicts.verdicts(CONFIG, summary(150, 10, 1.0, 0.05));
        assertThat(find(apart, "shallow nets: both starts fit").holds()).isFalse();
        assertThat(find(apart, "shallow nets: both starts reach similar").holds()).isFalse();
    }

    @Test
    void roughnessIsNearConstantOnlyWhenItsLargestChangeIsSmall() {
        List<Verdict> verdicts = SpikyVerdicts.verdicts(CONFIG, summary(150, 10, 0.1, 2.0));
        assertThat(find(verdicts, "shallow, standard start").holds()).isFalse();
        assertThat(find(verdicts, "shallow, spiky start").holds()).isTrue();
        assertThat(find(verdicts, "shallow: the spiky start's roughness").holds()).isTrue();
        assertThat(find(verdicts, "shallow: a spiky (rougher)").holds()).isTrue();
        assertThat(find(SpikyVerdicts.verdicts(CONFIG, summary(150, 10, 0.1, 0.05)), "shallow, standard start")
                .holds()).isTrue();
    }
}
