package org.splinelens.cli;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.splinelens.core.plugin.PluginBinder;
import org.splinelens.core.plugin.SplinelensPlugin;

/** Registers the built-in commands under the plugin kind {@code command}. */
public final class CliModule extends AbstractModule implements SplinelensPlugin {

    @Override
    protected void configure() {
        MapBinder<String, CommandPlugin> commands = PluginBinder.registry(binder(), "command", CommandPlugin.class);
        PluginBinder.register(commands, CommandPlugin.of(ConvertCommand.class, plugins -> new ConvertCommand()));
        PluginBinder.register(commands, CommandPlugin.of(EvalCommand.class, plugins -> new EvalCommand()));
        PluginBinder.register(commands, CommandPlugin.of(BreakpointsCommand.class,
                plugins -> new BreakpointsCommand()));
        PluginBinder.register(commands, CommandPlugin.of(ListCommand.class, ListCommand::new));
        PluginBinder.register(commands, CommandPlugin.of(DensityCommand.class, DensityCommand::new));
        PluginBinder.register(commands, CommandPlugin.of(InitStatsCommand.class, InitStatsCommand::new));
        PluginBinder.register(commands, CommandPlugin.of(TrainCommand.class, TrainCommand::new));
        PluginBinder.register(commands, CommandPlugin.of(MovieCommand.class, MovieCommand::new));
        PluginBinder.register(commands, CommandPlugin.of(HessianCommand.class, plugins -> new HessianCommand()));
        PluginBinder.register(commands, CommandPlugin.of(KnotsCommand.class, plugins -> new KnotsCommand()));
        PluginBinder.register(commands, CommandPlugin.of(CriticalCommand.class, plugins -> new CriticalCommand()));
        PluginBinder.register(commands, CommandPlugin.of(CensusCommand.class, plugins -> new CensusCommand()));
        PluginBinder.register(commands, CommandPlugin.of(FitCommand.class, FitCommand::new));
        PluginBinder.register(commands, CommandPlugin.of(ExportCommand.class, plugins -> new ExportCommand()));
        PluginBinder.register(commands, CommandPlugin.of(InitCommand.class, InitCommand::new));
        PluginBinder.register(commands, CommandPlugin.of(RunCommand.class, RunCommand::new));
        PluginBinder.register(commands, CommandPlugin.of(SweepCommand.class, SweepCommand::new));
        PluginBinder.register(commands, CommandPlugin.of(ReproduceCommand.class, ReproduceCommand::new));
    }
}
