package org.splinelens.experiments.spikyinit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.runner.Row;
import org.splinelens.init.InitializerPlugin;

/** The readings beside the preset: each changes one thing the preset does not already do, and trains what it says. */
class ReadingTest {
    private static final PluginRegistry PLUGINS = PluginRegistry.discover(ReadingTest.class.getClassLoader());

    private static SpikyInitConfig config(String knots, String loss) {
        return new SpikyInitConfig(List.of("sin"), 4, 5, List.of(), 1e-4, 5, 3, 0, 1, knots, 4, loss, true, 0.04);
    }

    private static List<String> applying(SpikyInitConfig config) {
        return Reading.ALL.stream().filter(r -> r.appliesTo(config)).map(Reading::name).toList();
    }

    @Test
    void aReadingThatIsThePresetIsSkipped() {
        assertThat(applying(config("grid", "half-sum"))).containsExactly("knots-at-data", "knots-uniform",
                "knots-uniform-balanced", "balanced-units", "loss-sum", "loss-mean");
        assertThat(applying(config("uniform", "sum"))).containsExactly("knots-at-data", "knots-uniform-balanced",
                "balanced-units", "loss-half-sum", "loss-mean");
    }

    /** One spiky run per reading, and a standard run too for a loss reading, each in its own cell. */
    @Test
    void eachReadingTrainsItsRunsIntoItsOwnCells() {
        SpikyInitConfig config = config("grid", "half-sum");
        Dataset data = Dataset.sample(new double[] {-1.5, -0.5, 0.5, 1.5}, Math::sin);
        Dataset test = Dataset.sample(SpikyInitExperiment.TEST_GRID, Math::sin);
        List<Row> rows = Reading.rows(config, "sin", data, test, PLUGINS.plugin(InitializerPlugin.class,
                "pytorch-default").create(Map.of()), new SplittableRandom(2));
        assertThat(rows).hasSize(4 + 2 * 2);
        for (Reading reading : Reading.ALL) {
            if (reading.appliesTo(config)) {
                assertThat(rows).extracting(Row::cell).contains(reading.cell("sin", "spiky"));
                assertThat(rows.stream().anyMatch(r -> r.cell().equals(reading.cell("sin", "standard"))))
                        .isEqualTo(reading.standardToo());
            }
        }
        assertThat(rows).allSatisfy(r -> assertThat(r.metrics()).containsKeys("testLoss", "trainLoss"));
    }
}
