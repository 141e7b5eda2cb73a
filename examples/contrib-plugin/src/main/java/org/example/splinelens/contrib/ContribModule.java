package org.example.splinelens.contrib;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.splinelens.core.plugin.PluginBinder;
import org.splinelens.core.plugin.SplinelensPlugin;
import org.splinelens.dynamics.optim.OptimizerFactory;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.init.InitializerFactory;

/** Adds this jar's plugins to the kinds splinelens already has; found through {@code META-INF/services}. */
public final class ContribModule extends AbstractModule implements SplinelensPlugin {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected void configure() {
        MapBinder<String, InitializerFactory> initializers = PluginBinder.registry(binder(), "initializer",
                InitializerFactory.class);
        PluginBinder.register(initializers, LaplaceInitializer.factory());

        MapBinder<String, OptimizerFactory> optimizers = PluginBinder.registry(binder(), "optimizer",
                OptimizerFactory.class);
        PluginBinder.register(optimizers, AdagradConfig.factory());

        MapBinder<String, Experiment> experiments = PluginBinder.registry(binder(), "experiment", Experiment.class);
        PluginBinder.register(experiments, new InitOptimizerExperiment());
    }
}
