package org.splinelens.dynamics.optim;

import java.util.Map;
import org.splinelens.core.plugin.Plugin;

/**
 * What the {@code optimizer} registry holds: a named update rule configured by settings laid over its defaults. The
 * config record stays inside the implementation ({@link OptimizerFactory}), so callers need no generics.
 */
public interface OptimizerPlugin extends Plugin {

    /**
     * @param settings       keys of the plugin's config record laid over its defaults ({@code lr}, {@code batchSize}
     *                       and the rule's own keys); an unknown key or a wrong type fails with one line naming the
     *                       plugin and the key
     * @param parameterCount the length of the parameter vectors it will update
     * @return a fresh optimizer (zero state)
     */
    Optimizer create(Map<String, ?> settings, int parameterCount);

    /**
     * @param settings as for {@link #create}, checked the same way
     * @return the minibatch size the settings ask of the trainer ({@code TrainerConfig.batchSize()}), 0 = full batch
     */
    int batchSize(Map<String, ?> settings);
}
