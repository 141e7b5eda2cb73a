package org.splinelens.experiments.runner;

import java.util.Map;
import org.splinelens.core.plugin.Plugin;

/**
 * What the {@code experiment} registry holds: a named experiment that binds settings over one of its presets. The
 * config record's type stays inside the implementation ({@link Experiment}); the bound result carries it to the
 * {@link Runner}, so callers need no generics.
 */
public interface ExperimentPlugin extends Plugin {

    /**
     * Binds settings over the preset of {@code scale}; unknown keys and wrong types fail with a message naming the key.
     *
     * @return the experiment with its resolved config, ready to validate and run
     */
    ConfiguredExperiment<?> configure(Scale scale, Map<String, ?> settings);
}
