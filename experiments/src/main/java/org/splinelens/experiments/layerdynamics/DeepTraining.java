package org.splinelens.experiments.layerdynamics;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Grid;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.optim.GradientDescent;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingObserver;
import org.splinelens.dynamics.train.TrainingResult;
import org.splinelens.init.InitializerPlugin;

/** The deep experiments' shared protocol: PyTorch-default start, full-batch GD on a target sampled on a grid. */
public final class DeepTraining {
    private DeepTraining() {
    }

    /** @return the target sampled every {@code step} on its domain */
    public static Dataset data(PluginRegistry plugins, String target, double step) {
        TargetFunction f = plugins.plugin(TargetFunction.class, target);
        return Dataset.sample(new Grid(f.domainLow(), f.domainHigh(), step).points(), f::value);
    }

    /** @return hidden widths spreading {@code units} over {@code layers} as evenly as possible (wider first) */
    public static int[] spread(int units, int layers) {
        int[] widths = new int[layers];
        for (int l = 0; l < layers; l++) {
            widths[l] = units / layers + (l < units % layers ? 1 : 0);
        }
        return widths;
    }
    public static TrainingResult train(PluginRegistry plugins, int[] widths, Dataset data, double lr, int epochs,
            double tolerance, int observeEvery, RandomGenerator random, List<TrainingObserver> observers) {
        InitializerPlugin init = plugins.plugin(InitializerPlugin.class, "pytorch-default");
        UnivariateNetwork start = init.create(Map.of()).deep(new DeepArchitecture(widths), data, random);
        return new Trainer(TrainerConfig.epochs(epochs).withTolerance(tolerance).observingEvery(observeEvery),
                GradientMethod.AUTO).train(start, data, new GradientDescent(lr), random, observers);
    }

    public static void checkTargets(PluginRegistry plugins, List<String> targets) {
        for (String target : targets) {
            if (!plugins.plugins(TargetFunction.class).containsKey(target)) {
                throw new IllegalArgumentException("targets: unknown target " + Excerpt.of(target));
            }
        }
        if (targets.stream().distinct().count() != targets.size()) {
            throw new IllegalArgumentException("targets: repeated entries in " + targets);
        }
    }
}
