package org.splinelens.experiments.layerdynamics;

import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.TrialCost;

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

    /**
     * A trial trains the deep net on each target's grid (N points) for at most the epochs, taking an exact snapshot
     * of every layer's breakpoints every {@code observeEvery} epochs: kept until training ends, and up to a row per
     * snapshot and layer.
     */
    @Override
    public final WorkEstimate estimate(LayerDynamicsConfig config, PluginRegistry plugins) {
        int points = 0;
        for (String target : config.targets()) {
            TargetFunction f = plugins.plugin(TargetFunction.class, target);
            points = Math.max(points, TrialCost.gridPoints("step", config.step(), f.domainLow(), f.domainHigh()));
        }
        int[] widths = config.hiddenWidths();
        double snapshots = Math.floor((double) config.epochs() / config.observeEvery()) + 2;
        String what = "widths " + config.widths() + " on " + points + " points (step " + config.step() + "), "
                + config.epochs() + " epochs, a snapshot every " + config.observeEvery() + " ("
                + Limits.number(snapshots) + " snapshots)";
        Limits.arrayLength(what, "parameters", TrialCost.parameters(widths));
        TrialCost snapshot = TrialCost.deepBreakpoints(widths);
        double units = config.widths().stream().mapToDouble(Integer::doubleValue).sum();
        TrialCost kept = new TrialCost(snapshots * (24 * units + 8 * TrialCost.parameters(widths) + 200),
                snapshots * analysesPerSnapshot() * snapshot.steps());
        return TrialCost.deepTraining(widths, points, config.epochs()).with(kept)
                .with(TrialCost.rows(snapshots * widths.length)).times(config.targets().size() * runsPerTarget())
                .estimate(what);
    }

    /**
     * @return the grid analyses a snapshot costs, about: 1 for the breakpoints; an experiment that also follows each
     *         unit's own function (the same layer-by-layer propagation) says 2
     */
    protected double analysesPerSnapshot() {
        return 1;
    }

    /** @return the trainings a trial runs on each target: 1; an experiment that trains on several datasets says more */
    protected int runsPerTarget() {
        return 1;
    }

    @Override
    public final void validate(LayerDynamicsConfig config, PluginRegistry plugins) {
        DeepTraining.checkTargets(plugins, config.targets());
    }
}
