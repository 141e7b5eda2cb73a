package org.example.splinelens.contrib;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.splinelens.cli.CommandPlugin;
import org.splinelens.core.plugin.PluginBinder;
import org.splinelens.core.plugin.SplinelensPlugin;
import org.splinelens.dynamics.optim.OptimizerPlugin;
import org.splinelens.experiments.runner.ExperimentPlugin;
import org.splinelens.init.InitializerPlugin;

/** Adds this jar's plugins to the kinds splinelens already has; found through {@code META-INF/services}. */
public final class ContribModule extends AbstractModule implements SplinelensPlugin {

    @Override
    protected void configure() {
        MapBinder<String, InitializerPlugin> initializers = PluginBinder.registry(binder(), "initializer",
                InitializerPlugin.class);
        PluginBinder.register(initializers, LaplaceInitializer.factory());

        MapBinder<String, OptimizerPlugin> optimizers = PluginBinder.registry(binder(), "optimizer",
                OptimizerPlugin.class);
        PluginBinder.register(optimizers, AdagradConfig.factory());

        MapBinder<String, ExperimentPlugin> experiments = PluginBinder.registry(binder(), "experiment",
                ExperimentPlugin.class);
        PluginBinder.register(experiments, new InitOptimizerExperiment());

        MapBinder<String, CommandPlugin> commands = PluginBinder.registry(binder(), "command", CommandPlugin.class);
        PluginBinder.register(commands, CommandPlugin.of(TailsCommand.class, TailsCommand::new));
    }
}
