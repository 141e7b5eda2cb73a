package org.splinelens.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.runner.ExperimentPlugin;

/** The built-in experiments are registered; the contract suite (contract package) checks each of them. */
class ExperimentsModuleTest {

    @Test
    void registersEveryBuiltInExperiment() {
        assertThat(PluginRegistry.discover(getClass().getClassLoader()).plugins(ExperimentPlugin.class)).containsKeys(
                "loneliness", "uniform-breakpoint-init", "alpha-regimes", "init-densities", "spiky-init",
                "gap-roughness", "pieces-vs-depth", "roughness-by-layer", "breakpoint-mobility", "gd-vs-dp",
                "critical-point-growth", "hessian-flatness", "dynamics-movie");
    }
}
