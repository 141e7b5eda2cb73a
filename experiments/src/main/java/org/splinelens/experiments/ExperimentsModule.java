package org.splinelens.experiments;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.splinelens.core.plugin.PluginBinder;
import org.splinelens.core.plugin.SplinelensPlugin;
import org.splinelens.experiments.densities.InitDensitiesExperiment;
import org.splinelens.experiments.depth.BreakpointMobilityExperiment;
import org.splinelens.experiments.depth.PiecesVsDepthExperiment;
import org.splinelens.experiments.depth.RoughnessByLayerExperiment;
import org.splinelens.experiments.efficiency.GdVsDpExperiment;
import org.splinelens.experiments.gaps.GapRoughnessExperiment;
import org.splinelens.experiments.initialization.UniformInitExperiment;
import org.splinelens.experiments.lonely.LonelinessExperiment;
import org.splinelens.experiments.regimes.AlphaRegimesExperiment;
import org.splinelens.experiments.regimes.DynamicsMovieExperiment;
import org.splinelens.experiments.spiky.SpikyInitExperiment;
import org.splinelens.experiments.surface.CriticalGrowthExperiment;
import org.splinelens.experiments.surface.HessianFlatnessExperiment;
import org.splinelens.experiments.runner.Experiment;

/** Registers the built-in experiments under the plugin kind {@code experiment}. */
public final class ExperimentsModule extends AbstractModule implements SplinelensPlugin {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected void configure() {
        MapBinder<String, Experiment> experiments = PluginBinder.registry(binder(), "experiment", Experiment.class);
        PluginBinder.register(experiments, new LonelinessExperiment());
        PluginBinder.register(experiments, new UniformInitExperiment());
        PluginBinder.register(experiments, new AlphaRegimesExperiment());
        PluginBinder.register(experiments, new InitDensitiesExperiment());
        PluginBinder.register(experiments, new SpikyInitExperiment());
        PluginBinder.register(experiments, new GapRoughnessExperiment());
        PluginBinder.register(experiments, new PiecesVsDepthExperiment());
        PluginBinder.register(experiments, new RoughnessByLayerExperiment());
        PluginBinder.register(experiments, new BreakpointMobilityExperiment());
        PluginBinder.register(experiments, new GdVsDpExperiment());
        PluginBinder.register(experiments, new CriticalGrowthExperiment());
        PluginBinder.register(experiments, new HessianFlatnessExperiment());
        PluginBinder.register(experiments, new DynamicsMovieExperiment());
    }
}
