package org.splinelens.dynamics.optim;

import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.splinelens.core.plugin.ConfiguredPlugin;

/**
 * An optimizer plugin built from a config record (validated in its constructor, with PyTorch's defaults where PyTorch
 * has the optimizer) and how to build a fresh {@link Optimizer} for a parameter vector of a given length.
 *
 * @param <C> the config record
 */
public final class OptimizerFactory<C extends Record & OptimizerConfig> extends ConfiguredPlugin<C>
        implements OptimizerPlugin {
    private final BiFunction<C, Integer, Optimizer> build;

    public OptimizerFactory(String name, String description, Class<C> configType, C defaults,
            BiFunction<C, Integer, Optimizer> build) {
        super("optimizer", name, description, configType, defaults);
        this.build = Objects.requireNonNull(build);
    }

    /** @return a fresh optimizer (zero state) for parameter vectors of length {@code parameterCount} */
    public Optimizer create(C config, int parameterCount) {
        return build.apply(config, parameterCount);
    }

    @Override
    public Optimizer create(Map<String, ?> settings, int parameterCount) {
        return create(configure(settings), parameterCount);
    }

    @Override
    public int batchSize(Map<String, ?> settings) {
        return configure(settings).batchSize();
    }
}
