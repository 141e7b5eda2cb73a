package org.splinelens.experiments.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.plugin.PluginRegistry;

/**
 * Hardening, experiments: a config whose trials cannot fit the heap, cannot fit an array, or would run past the limit
 * on a trial's work is refused when it is checked, naming its keys, before any run directory exists; so is a list
 * too long to be a config. Refusals come from sizes that are refused at once, never from running large trials.
 */
class TrialEstimatesTest {
    private static final PluginRegistry PLUGINS = PluginRegistry.discover(TrialEstimatesTest.class.getClassLoader());

    @TempDir
    Path tmp;

    private static ConfiguredExperiment<?> configure(String name, Map<String, ?> settings) {
        return PLUGINS.plugin(ExperimentPlugin.class, name).configure(Scale.QUICK, settings);
    }

    private static void assertRefused(String name, Map<String, ?> settings, String... message) {
        ConfiguredExperiment<?> experiment = configure(name, settings);
        assertThatThrownBy(() -> experiment.validate(PLUGINS)).as(name + " " + settings)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContainingAll(message);
    }

    @Test
    void aWidthBeyondOneArrayIsRefusedNamingIt() {
        // a width of 2e9 once failed its trials with "Java heap space" after the run directory was made
        assertRefused("uniform-breakpoint-init", Map.of("width", 2_000_000_000), "width 2000000000",
                "6,000,000,001 parameters (3H + 1), more than one Java array holds");
        assertRefused("alpha-regimes", Map.of("width", 1_000_000_000), "width 1000000000");
        assertRefused("dynamics-movie", Map.of("width", 1_000_000_000), "width 1000000000");
        assertRefused("loneliness", Map.of("dataPoints", 1_000_000_000), "dataPoints 1000000000", "parameters");
        assertRefused("hessian-flatness", Map.of("ratios", List.of(100_000.0)), "ratios up to 100000.0",
                "Hessian entries");
        assertRefused("init-densities", Map.of("networks", 2_000_000_000, "widths", List.of(8, 8)), "networks",
                "pooled breakpoints");
    }

    @Test
    void aGridTooFineForAnArrayIsRefusedNamingTheStep() {
        for (String name : List.of("uniform-breakpoint-init", "gd-vs-dp", "roughness-by-layer", "breakpoint-mobility",
                "pieces-vs-depth")) {
            assertRefused(name, Map.of("step", 1e-9), "step 1.0E-9", "more than");
        }
        assertRefused("gap-roughness", Map.of("step", 1e-9), "step 1.0E-9", "data points, more than one Java array");
    }

    @Test
    void trialsBeyondTheHeapAreRefusedWithTheWayOut() {
        // 2 × 10^9 epochs keep a loss curve of 16 GB; more than any heap a test runs in
        assertRefused("uniform-breakpoint-init", Map.of("epochs", 2_000_000_000), "2000000000 epochs",
                "of memory", "JAVA_OPTS");
        assertRefused("roughness-by-layer", Map.of("observeEvery", 1,
                "epochs", 1_000_000_000), "a snapshot every 1", "of memory");
    }

    @Test
    void workBeyondTheLimitIsRefusedNamingTheKeysAndTheOption() {
        ConfiguredExperiment<?> gd = configure("gd-vs-dp", Map.of("epochs", 100_000));
        gd.validate(PLUGINS);
        assertThatThrownBy(() -> gd.checkWork(PLUGINS, 1e6, "--max-trial-work"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("a trial of step 0.02", "100000 epochs", "(--max-trial-work raises it)");
        configure("gd-vs-dp", Map.of()).checkWork(PLUGINS, 1e13, "--max-trial-work");
        // the census: exhaustive while C(N + H, H) <= exhaustiveLimit, sampled beyond; an exhaustive census of more
        // partitions than an int counts cannot run
        assertThatThrownBy(() -> configure("critical-point-growth", Map.of("exhaustiveLimit", 3_000_000_000L)))
                .hasMessageContaining("exhaustiveLimit");
        // C(210, 10) ≈ 3.5e16 partitions at H = 200: sampled, 10^8 of them, of 210 slots each
        ConfiguredExperiment<?> census = configure("critical-point-growth", Map.of("widths", List.of(1, 200),
                "fixedDataPoints", 10, "samples", 100_000_000));
        census.validate(PLUGINS);
        assertThatThrownBy(() -> census.checkWork(PLUGINS, 1e10, "--max-trial-work"))
                .hasMessageContaining("widths up to 200");
    }

    @Test
    void aConfigListBeyondTheLimitIsRefusedNamingItsKey() {
        List<Double> ratios = Collections.nCopies(ConfigLists.MAX_ENTRIES + 1, 1.0);
        assertThatThrownBy(() -> configure("loneliness", Map.of("ratios", ratios)))
                .hasMessageContainingAll("ratios: 10,001 entries, more than the 10,000 a config list may hold");
        assertThatThrownBy(() -> configure("gap-roughness", Map.of("sigmas", ratios))).hasMessageContaining("sigmas");
    }

    @Test
    void theRunnerRefusesBeforeItMakesTheRunDirectory() {
        ConfiguredExperiment<?> big = configure("uniform-breakpoint-init", Map.of("width", 2_000_000_000));
        Path out = tmp.resolve("run");
        assertThatThrownBy(() -> new Runner(PLUGINS, 1, (done, all) -> 0).run(big, 1, out))
                .hasMessageStartingWith("experiment uniform-breakpoint-init: width 2000000000");
        assertThat(out).doesNotExist();
    }

    @Test
    void costsComposeOneAfterTheOtherOrAtOnce() {
        TrialCost a = new TrialCost(100, 10);
        TrialCost b = new TrialCost(50, 5);
        assertThat(a.then(b)).isEqualTo(new TrialCost(100, 15));
        assertThat(a.with(b)).isEqualTo(new TrialCost(150, 15));
        assertThat(a.times(3)).isEqualTo(new TrialCost(100, 30));
        assertThatThrownBy(() -> new TrialCost(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        // the loss curve: 8 bytes an epoch
        assertThat(TrialCost.shallowTraining(10, 10, 1e9).bytes()).isGreaterThan(8e9);
        assertThat(TrialCost.eigen(1000).steps()).isGreaterThanOrEqualTo(1e9);
    }
}
