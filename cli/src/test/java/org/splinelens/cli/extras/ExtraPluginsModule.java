package org.splinelens.cli.extras;

import com.google.inject.AbstractModule;
import org.splinelens.baselines.fit.Fitter;
import org.splinelens.cli.CommandPlugin;
import org.splinelens.core.plugin.PluginBinder;
import org.splinelens.core.plugin.SplinelensPlugin;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.dynamics.optim.OptimizerPlugin;
import org.splinelens.experiments.runner.ExperimentPlugin;
import org.splinelens.init.InitializerPlugin;

/** Registers one extra plugin of each kind, one statement each. */
public final class ExtraPluginsModule extends AbstractModule implements SplinelensPlugin {

    @Override
    protected void configure() {
        PluginBinder.register(PluginBinder.registry(binder(), "target", TargetFunction.class), CubicTarget.TARGET);
        PluginBinder.register(PluginBinder.registry(binder(), "initializer", InitializerPlugin.class),
                LecunNormalConfig.factory());
        PluginBinder.register(PluginBinder.registry(binder(), "optimizer", OptimizerPlugin.class),
                SignDescentConfig.factory());
        PluginBinder.register(PluginBinder.registry(binder(), "fitter", Fitter.class), new MeanFitter());
        PluginBinder.register(PluginBinder.registry(binder(), "experiment", ExperimentPlugin.class),
                new InitRoughnessExperiment());
        PluginBinder.register(PluginBinder.registry(binder(), "command", CommandPlugin.class),
                CommandPlugin.of(DomainCommand.class, DomainCommand::new));
    }
}
