package org.splinelens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntBinaryOperator;
import org.splinelens.baselines.fit.Fitter;
import org.splinelens.core.plugin.ConfigBinding;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.dynamics.optim.Optimizer;
import org.splinelens.dynamics.optim.OptimizerFactory;
import org.splinelens.experiments.report.HtmlReport;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.Scale;
import org.splinelens.init.InitConfig;
import org.splinelens.init.InitializerFactory;
import org.splinelens.init.Initializer;

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

    /** @return the config keys of initializer {@code name}, in its config record's order */
    public Set<String> initializerKeys(String name) {
        return ConfigBinding.keys(registry.plugin(InitializerFactory.class, name).defaults()).keySet();
    }

    /** @return the config of initializer {@code name}: its defaults overlaid with {@code settings} */
    public InitConfig initializerConfig(String name, Map<String, ?> settings) {
        InitializerFactory<?> factory = registry.plugin(InitializerFactory.class, name);
        return factory.configure(settings);
    }

    /** @return initializer {@code name} configured by {@code settings} over its defaults */
    public Initializer initializer(String name, Map<String, ?> settings) {
        InitializerFactory<?> factory = registry.plugin(InitializerFactory.class, name);
        return factory.create(settings);
    }

    /** @return the config keys of optimizer {@code name}, in its config record's order */
    public Set<String> optimizerKeys(String name) {
        return ConfigBinding.keys(registry.plugin(OptimizerFactory.class, name).defaults()).keySet();
    }

    /** @return a fresh optimizer {@code name}, configured by {@code settings}, for {@code parameterCount} parameters */
    public Optimizer optimizer(String name, Map<String, ?> settings, int parameterCount) {
        OptimizerFactory<?> factory = registry.plugin(OptimizerFactory.class, name);
        return factory.create(settings, parameterCount);
    }

    /** @return the names of the registered experiments, sorted */
    public SortedSet<String> experimentNames() {
        return new TreeSet<>(registry.plugins(Experiment.class).keySet());
    }

    public NamedExperiment experiment(String name) {
        Experiment<?> experiment = registry.plugin(Experiment.class, name);
        return named(experiment);
    }

    private <C extends Record> NamedExperiment named(Experiment<C> experiment) {
        return new NamedExperiment() {
            @Override
            public String name() {
                return experiment.name();
            }

            @Override
            public String description() {
                return experiment.description();
            }

            @Override
            public BoundExperiment preset(Scale scale) {
                return bound(experiment, experiment.preset(scale));
            }

            @Override
            public BoundExperiment configure(Scale scale, Map<String, ?> settings) {
                C config = experiment.configure(scale, settings);
                experiment.validate(config, registry);
                return bound(experiment, config);
            }
        };
    }

    private <C extends Record> BoundExperiment bound(Experiment<C> experiment, C config) {
        return new BoundExperiment() {
            @Override
            public int trials() {
                return experiment.trials(config);
            }

            @Override
            public Runner.Outcome run(int threads, IntBinaryOperator progress, long seed, Path dir)
                    throws IOException {
                Runner.Outcome outcome = new Runner(registry, threads, progress).run(experiment, config, seed, dir);
                HtmlReport.write(experiment, config, outcome, dir);
                return outcome;
            }
        };
    }
}
