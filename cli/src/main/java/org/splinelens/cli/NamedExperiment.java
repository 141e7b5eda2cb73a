package org.splinelens.cli;

import java.util.Map;
import org.splinelens.experiments.runner.Scale;

/** An experiment plugin found by {@link Plugins#experiment(String)}, seen without the type of its config record. */
public interface NamedExperiment {

    String name();

    String description();

    /** @return the experiment at its preset for {@code scale} */
    BoundExperiment preset(Scale scale);

    /**
     * @param settings config keys laid over the preset for {@code scale}
     * @return the experiment with that config, the plugin names it gives checked against the registry
     * @throws IllegalArgumentException naming the key, for an unknown key, a bad value or an unknown name
     */
    BoundExperiment configure(Scale scale, Map<String, ?> settings);
}
