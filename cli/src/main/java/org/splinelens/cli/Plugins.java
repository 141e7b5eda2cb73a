package org.splinelens.cli;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.splinelens.baselines.fit.Fitter;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.dynamics.optim.Optimizer;
import org.splinelens.dynamics.optim.OptimizerPlugin;
import org.splinelens.experiments.runner.ConfiguredExperiment;
import org.splinelens.experiments.runner.ExperimentPlugin;
import org.splinelens.experiments.runner.Scale;
import org.splinelens.experiments.sweep.EnginePlugin;
import org.splinelens.init.Initializer;
import org.splinelens.init.InitializerPlugin;
import org.splinelens.init.theory.InitTheory;

/**
 * Every plugin look-up of the command line, over the one registry that {@link SplinelensCommand} discovers and hands
 * to each command. Commands find targets, fitters, initializers, optimizers and experiments here by name and never
 * in the registry itself, so that a change of the plugin API (its factories' config types) touches this class alone.
 * An unknown name fails with one line listing the known ones.
 */
public final class Plugins {
    private final PluginRegistry registry;

    public Plugins(PluginRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** @return the plugins of every module listed in {@code META-INF/services} on the class path of {@code loader} */
    public static Plugins discover(ClassLoader loader) {
        return new Plugins(PluginRegistry.discover(loader));
    }

    /** @return the registry itself, for what walks every kind ({@code list}) */
    public PluginRegistry registry() {
        return registry;
    }

    /** @return the registered commands, sorted by name */
    public SortedMap<String, CommandPlugin> commands() {
        return new TreeMap<>(registry.plugins(CommandPlugin.class));
    }

    public TargetFunction target(String name) {
        return registry.plugin(TargetFunction.class, name);
    }

    public Fitter fitter(String name) {
        return registry.plugin(Fitter.class, name);
    }

    /** @return the config keys of fitter {@code name} with their defaults (none for most), in its config's order */
    public Map<String, Object> fitterDefaults(String name) {
        return fitter(name).defaultSettings();
    }

    /**
     * @return fitter {@code name} configured by {@code settings} over its defaults; an unknown key or a wrong value
     *         fails in one line naming the fitter and the key
     */
    public Fitter fitter(String name, Map<String, ?> settings) {
        return fitter(name).configured(settings);
    }

    /** @return the config keys of initializer {@code name} with their defaults, in its config record's order */
    public Map<String, Object> initializerDefaults(String name) {
        return registry.plugin(InitializerPlugin.class, name).defaultSettings();
    }

    /** @return initializer {@code name} configured by {@code settings} over its defaults */
    public Initializer initializer(String name, Map<String, ?> settings) {
        return registry.plugin(InitializerPlugin.class, name).create(settings);
    }

    /** @return the shallow function-space law (Thm 1, Cor 1) initializer {@code name} declares, if any */
    public Optional<InitTheory> initializerTheory(String name, Map<String, ?> settings, int width) {
        return registry.plugin(InitializerPlugin.class, name).theory(settings, width);
    }

    /** @return the config keys of optimizer {@code name} with their defaults, in its config record's order */
    public Map<String, Object> optimizerDefaults(String name) {
        return registry.plugin(OptimizerPlugin.class, name).defaultSettings();
    }

    /** @return a fresh optimizer {@code name}, configured by {@code settings}, for {@code parameterCount} parameters */
    public Optimizer optimizer(String name, Map<String, ?> settings, int parameterCount) {
        return registry.plugin(OptimizerPlugin.class, name).create(settings, parameterCount);
    }

    /** @return the minibatch size (0 = full batch) optimizer {@code name}'s {@code settings} ask of the trainer */
    public int batchSize(String name, Map<String, ?> settings) {
        return registry.plugin(OptimizerPlugin.class, name).batchSize(settings);
    }

    /** @return the registered experiments by name, sorted */
    public SortedMap<String, ExperimentPlugin> experiments() {
        return new TreeMap<>(registry.plugins(ExperimentPlugin.class));
    }

    /** @return sweep engine {@code name} ({@code local}, or one a module adds); unknown names fail in one line */
    public EnginePlugin engine(String name) {
        return registry.plugin(EnginePlugin.class, name);
    }

    /** @return experiment {@code name}; an unknown name fails with one line listing the known ones */
    public ExperimentPlugin experiment(String name) {
        return registry.plugin(ExperimentPlugin.class, name);
    }

    /**
     * @return {@code experiment} with {@code settings} laid over its preset for {@code scale}, the plugin names it
     *         gives checked against the registry
     * @throws IllegalArgumentException naming the key, for an unknown key, a bad value or an unknown name
     */
    public ConfiguredExperiment<?> configure(ExperimentPlugin experiment, Scale scale, Map<String, ?> settings) {
        ConfiguredExperiment<?> configured = experiment.configure(scale, settings);
        configured.validate(registry);
        return configured;
    }
}
