package org.splinelens.cli;

import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.runner.ConfiguredExperiment;
import picocli.CommandLine.Option;

/**
 * {@code --max-trial-work STEPS}: the most work one trial of an experiment may plan. Every experiment estimates its
 * trial from its config (widths, data points, grid steps, epochs …); a config beyond this limit — a typo such as
 * {@code step: 1e-9} or {@code epochs: 2000000000} — is refused in one line naming its keys before any run directory
 * is made. The default is far above the papers' presets, so only such mistakes meet it.
 */
public final class TrialWorkLimit {
    /** The default limit: about a day of one core at {@link org.splinelens.core.limits.Limits#STEPS_PER_SECOND}. */
    static final String DEFAULT = "1e13";

    @Option(names = "--max-trial-work", defaultValue = DEFAULT, paramLabel = "STEPS",
            description = "refuse an experiment config whose trial is estimated at more than this many steps, about"
                    + " 1e8 a second (default ${DEFAULT-VALUE}, about a day)")
    double maxTrialWork = Double.parseDouble(DEFAULT);

    /** @throws IllegalArgumentException naming the keys when a trial of {@code experiment} is beyond the limit */
    public void check(ConfiguredExperiment<?> experiment, PluginRegistry plugins) {
        if (!(maxTrialWork >= 1)) {
            throw new InvalidInputException("--max-trial-work must be >= 1, got " + maxTrialWork);
        }
        experiment.checkWork(plugins, maxTrialWork, "--max-trial-work");
    }
}
