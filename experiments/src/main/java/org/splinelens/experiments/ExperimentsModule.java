package org.splinelens.experiments;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.splinelens.core.plugin.PluginBinder;
import org.splinelens.core.plugin.SplinelensPlugin;
import org.splinelens.experiments.alpharegimes.AlphaRegimesExperiment;
import org.splinelens.experiments.breakpointmobility.BreakpointMobilityExperiment;
import org.splinelens.experiments.criticalpointgrowth.CriticalPointGrowthExperiment;
import org.splinelens.experiments.dynamicsmovie.DynamicsMovieExperiment;
import org.splinelens.experiments.gaproughness.GapRoughnessExperiment;
import org.splinelens.experiments.gdvsdp.GdVsDpExperiment;
import org.splinelens.experiments.hessianflatness.HessianFlatnessExperiment;
import org.splinelens.experiments.initdensities.InitDensitiesExperiment;
import org.splinelens.experiments.loneliness.LonelinessExperiment;
import org.splinelens.experiments.piecesvsdepth.PiecesVsDepthExperiment;
import org.splinelens.experiments.roughnessbylayer.RoughnessByLayerExperiment;
import org.splinelens.experiments.runner.ExperimentPlugin;
import org.splinelens.experiments.spikyinit.SpikyInitExperiment;
import org.splinelens.experiments.sweep.EnginePlugin;
import org.splinelens.experiments.sweep.LocalEngine;
import org.splinelens.experiments.uniformbreakpointinit.UniformBreakpointInitExperiment;

/** Registers the built-in experiments (kind {@code experiment}) and the local sweep engine (kind {@code engine}). */
public final class ExperimentsModule extends AbstractModule implements SplinelensPlugin {

    @Override
    protected void configure() {
        MapBinder<String, ExperimentPlugin> experiments = PluginBinder.registry(binder(), "experiment",
                ExperimentPlugin.class);
        PluginBinder.register(experiments, new LonelinessExperiment());
        PluginBinder.register(experiments, new UniformBreakpointInitExperiment());
        PluginBinder.register(experiments, new AlphaRegimesExperiment());
        PluginBinder.register(experiments, new InitDensitiesExperiment());
        PluginBinder.register(experiments, new SpikyInitExperiment());
        PluginBinder.register(experiments, new GapRoughnessExperiment());
        PluginBinder.register(experiments, new PiecesVsDepthExperiment());
        PluginBinder.register(experiments, new RoughnessByLayerExperiment());
        PluginBinder.register(experiments, new BreakpointMobilityExperiment());
        PluginBinder.register(experiments, new GdVsDpExperiment());
        PluginBinder.register(experiments, new CriticalPointGrowthExperiment());
        PluginBinder.register(experiments, new HessianFlatnessExperiment());
        PluginBinder.register(experiments, new DynamicsMovieExperiment());
        PluginBinder.register(PluginBinder.registry(binder(), "engine", EnginePlugin.class), new LocalEngine());
    }
}
