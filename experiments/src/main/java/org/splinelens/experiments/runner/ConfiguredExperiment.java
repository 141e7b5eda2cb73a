package org.splinelens.experiments.runner;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.plugin.ConfigBinding;
import org.splinelens.core.plugin.PluginRegistry;

/**
 * An experiment with its resolved config: the unit the {@link Runner} runs and the report describes. Holding both keeps
 * the config's type tied to its experiment, so code that picks experiments by name never sees the config type.
 *
 * @param experiment the experiment
 * @param config     its resolved config
 * @param <C>        the config record
 */
public record ConfiguredExperiment<C extends Record>(Experiment<C> experiment, C config) {

    public ConfiguredExperiment {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(config, "config");
    }

    /** @return the registered name of the experiment */
    public String name() {
        return experiment.name();
    }

    /** @return the scale the config is at: a preset, or custom ({@link RunScale#of}) */
    public RunScale scale() {
        return RunScale.of(experiment, config);
    }

    /** @return the number of independent trials the config asks for */
    public int trials() {
        return experiment.trials(config);
    }

    /** @return the config's keys and values, in the record's order */
    public Map<String, Object> settings() {
        return ConfigBinding.keys(config);
    }

    /** @return the rows of trial {@code trial}, every random draw from {@code random} */
    public List<Row> trial(int trial, RandomGenerator random, PluginRegistry plugins) {
        return experiment.trial(config, trial, random, plugins);
    }

    /**
     * @throws IllegalArgumentException when the config names a plugin the registry lacks, or its trials cannot fit the
     *                                  heap ({@link Experiment#check})
     */
    public void validate(PluginRegistry plugins) {
        experiment.check(config, plugins);
    }

    /** @return what one trial needs ({@link Experiment#estimate}) */
    public WorkEstimate estimate(PluginRegistry plugins) {
        return experiment.estimate(config, plugins);
    }

    /**
     * Refuses a config whose trial is estimated at more than {@code maxSteps} steps of work.
     *
     * @param option the option that raises the limit, for the refusal
     * @throws IllegalArgumentException naming the keys that make the trial large
     */
    public void checkWork(PluginRegistry plugins, double maxSteps, String option) {
        try {
            WorkEstimate trial = estimate(plugins);
            Limits.work("a trial of " + trial.what(), trial.steps(), maxSteps, option);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
