package org.splinelens.experiments.runner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.plugin.ConfigBinding;
import org.splinelens.core.plugin.ConfiguredPlugin;
import org.splinelens.core.plugin.PluginRegistry;

/**
 * An experiment reproducing a table or figure: a config record with a {@code quick} and a {@code paper} preset, a
 * number of independent trials, and a trial function that returns result rows. Trials must draw every random number
 * from the generator they are given, which the runner seeds from (seed, trial), so results do not depend on the
 * number of threads.
 *
 * @param <C> the config record
 */
public abstract class Experiment<C extends Record> extends ConfiguredPlugin<C> implements ExperimentPlugin {
    private final C paper;

    /** @param quick the seconds-scale preset, also the plugin's {@link #defaults()}; {@code paper} the full protocol */
    protected Experiment(String name, String description, Class<C> configType, C quick, C paper) {
        super("experiment", name, description, configType, quick);
        this.paper = Objects.requireNonNull(paper);
    }

    public final C preset(Scale scale) {
        return scale == Scale.QUICK ? defaults() : paper;
    }

    @Override
    public final ConfiguredExperiment<C> configure(Scale scale, Map<String, ?> settings) {
        return new ConfiguredExperiment<>(this,
                ConfigBinding.bind("experiment " + name(), preset(scale), configType(), settings));
    }

    /** @return the number of independent trials the config asks for */
    public abstract int trials(C config);

    /**
     * Checks, before any work, what the config names in other registries (initializers, optimizers …).
     *
     * @throws IllegalArgumentException naming the key and the unknown name
     */
    public void validate(C config, PluginRegistry plugins) {
    }

    /**
     * What one trial of {@code config} needs, estimated before any trial runs: checked against the heap whenever the
     * config is checked ({@link #check}), and against a limit on work by the command line
     * ({@code run --max-trial-work}). Experiments whose trials grow with their config override it, composing
     * {@link TrialCost}s; the estimate's description names the keys and values that make a trial large.
     *
     * @throws IllegalArgumentException naming the key when a value makes a trial impossible (a grid too fine for an
     *                                  array, a size that overflows)
     */
    public WorkEstimate estimate(C config, PluginRegistry plugins) {
        return WorkEstimate.small("its config");
    }

    /**
     * {@link #validate}, then refuses a config whose trial needs more memory than this JVM can still allocate.
     *
     * @throws IllegalArgumentException naming the key (and the size) at fault
     */
    public final void check(C config, PluginRegistry plugins) {
        validate(config, plugins);
        try {
            WorkEstimate trial = estimate(config, plugins);
            Limits.memory("a trial of " + trial.what(), trial.bytes());
        } catch (InvalidInputException e) { // the experiment's name goes before it, as before any other config error
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * @param plugins where the config's plugin names are looked up
     * @return the rows of trial {@code trial}, every random draw from {@code random}
     */
    public abstract List<Row> trial(C config, int trial, RandomGenerator random, PluginRegistry plugins);

    /** @return the claims of the paper this experiment tests, judged from the summary */
    public List<Verdict> verdicts(C config, Summary summary) {
        return List.of();
    }

    /** @return the figures of the run, drawn from the summary */
    public List<Figure> figures(C config, Summary summary) {
        return List.of();
    }

    /**
     * Writes files that are not drawn from the summary (animations, pages) into the run directory, from generators
     * seeded by {@code seed} alone, after the trials.
     *
     * @return the names of the files written, relative to {@code out}
     */
    public List<String> artifacts(C config, long seed, PluginRegistry plugins, Path out) throws IOException {
        return List.of();
    }

    /** @return the paper's tables beside the reproduction's numbers */
    public List<PaperTable> paperTables(C config, Summary summary) {
        return List.of();
    }
}
