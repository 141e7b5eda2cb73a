package org.splinelens.experiments.sweep;

import com.google.inject.AbstractModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.splinelens.core.plugin.PluginBinder;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.plugin.SplinelensPlugin;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.ExperimentPlugin;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.InitializerPlugin;

/**
 * {@code sweep-probe}: a cheap experiment whose rows are draws of its generator scaled by its config, so any change of
 * a cell's seed shows in the numbers; {@code failTrial} makes that trial throw (counted in {@link #ATTEMPTS}).
 * Published in this module's test-jar for the engines' tests; a cluster's executors find it through their test class
 * path's {@code META-INF/services} listing {@link Module}.
 */
public final class ProbeExperiment extends Experiment<ProbeExperiment.Config> {
    /** Attempts of a failing trial in this JVM (the executors of {@code local[N]} share it). */
    public static final AtomicInteger ATTEMPTS = new AtomicInteger();

    /**
     * @param width     a positive int
     * @param lr        a positive double
     * @param init      an initializer name, checked against the registry
     * @param trials    trials
     * @param failTrial the trial that throws, or -1
     */
    public record Config(int width, double lr, String init, int trials, int failTrial) {
        public Config {
            if (width < 1 || !(lr > 0) || trials < 1) {
                throw new IllegalArgumentException("width >= 1, lr > 0 and trials >= 1 required");
            }
        }
    }

    /** Registers the probe; public with a public constructor for {@link java.util.ServiceLoader}. */
    public static final class Module extends AbstractModule implements SplinelensPlugin {
        @Override
        protected void configure() {
            PluginBinder.register(PluginBinder.registry(binder(), "experiment", ExperimentPlugin.class),
                    new ProbeExperiment());
        }
    }

    public ProbeExperiment() {
        super("sweep-probe", "draws scaled by the config (sweep tests)", Config.class,
                new Config(2, 0.1, "he-normal", 2, -1), new Config(2, 0.1, "he-normal", 4, -1));
    }

    @Override
    public int trials(Config config) {
        return config.trials();
    }

    @Override
    public void validate(Config config, PluginRegistry plugins) {
        if (!plugins.plugins(InitializerPlugin.class).containsKey(config.init())) {
            throw new IllegalArgumentException("init: unknown initializer '" + config.init() + "'");
        }
    }

    @Override
    public List<Row> trial(Config config, int trial, RandomGenerator random, PluginRegistry plugins) {
        if (trial == config.failTrial()) {
            ATTEMPTS.incrementAndGet();
            throw new IllegalStateException("probe trial " + trial + " fails on purpose");
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("score", config.width() * random.nextDouble());
        metrics.put("step", config.lr() * random.nextGaussian());
        return List.of(new Row(CellBuilder.of("init", config.init()).build(), metrics));
    }

    @Override
    public List<Verdict> verdicts(Config config, Summary summary) {
        Summary.Stat score = summary.cells().get(0).stats().get("score");
        return List.of(Verdict.compared("score within [0, width]", score.mean() >= 0 && score.mean() <= config.width(),
                "mean score " + score.mean(), List.of(Verdict.side("score", score))));
    }
}
