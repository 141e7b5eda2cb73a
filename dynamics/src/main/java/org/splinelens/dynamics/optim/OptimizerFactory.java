package org.splinelens.dynamics.optim;

import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.splinelens.core.plugin.ConfigBinding;
import org.splinelens.core.plugin.Plugin;

/**
 * A named optimizer plugin: its config record (validated in its constructor, with PyTorch's defaults where PyTorch
 * has the optimizer) and how to build a fresh {@link Optimizer} for a parameter vector of a given length.
 *
 * @param <C> the config record
 */
public final class OptimizerFactory<C extends Record & OptimizerConfig> implements Plugin {
    private final String name;
    private final String description;
    private final Class<C> configType;
    private final C defaults;
    private final BiFunction<C, Integer, Optimizer> build;

    public OptimizerFactory(String name, String description, Class<C> configType, C defaults,
            BiFunction<C, Integer, Optimizer> build) {
        this.name = Objects.requireNonNull(name);
        this.description = Objects.requireNonNull(description);
        this.configType = Objects.requireNonNull(configType);
        this.defaults = Objects.requireNonNull(defaults);
        this.build = Objects.requireNonNull(build);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    public Class<C> configType() {
        return configType;
    }

    public C defaults() {
        return defaults;
    }

    /** @return a fresh optimizer (zero state) for parameter vectors of length {@code parameterCount} */
    public Optimizer create(C config, int parameterCount) {
        return build.apply(config, parameterCount);
    }

    /** @return a fresh optimizer for the defaults overlaid with {@code settings} */
    public Optimizer create(Map<String, ?> settings, int parameterCount) {
        return create(configure(settings), parameterCount);
    }

    /** Binds settings over the defaults; unknown keys and wrong types fail with a message naming the key. */
    public C configure(Map<String, ?> settings) {
        return ConfigBinding.bind("optimizer " + name, defaults, configType, settings);
    }
}
