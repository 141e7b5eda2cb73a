package org.splinelens.experiments.layerdynamics;

import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.runner.Experiment;

/** The experiments that follow every layer of a deep net through training ({@link LayerDynamicsConfig}). */
public abstract class LayerDynamicsExperiment extends Experiment<LayerDynamicsConfig> {

    protected LayerDynamicsExperiment(String name, String description, LayerDynamicsConfig quick,
            LayerDynamicsConfig paper) {
        super(name, description, LayerDynamicsConfig.class, quick, paper);
    }

    @Override
    public final int trials(LayerDynamicsConfig config) {
        return config.trials();
    }

    @Override
    public final void validate(LayerDynamicsConfig config, PluginRegistry plugins) {
        DeepTraining.checkTargets(plugins, config.targets());
    }
}
