package org.splinelens.init;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.splinelens.core.plugin.ConfigBinding;
import org.splinelens.core.plugin.Plugin;

/**
 * A named initializer plugin: its config record (validated in its constructor, with documented defaults) and how to
 * build an {@link Initializer} from it. Settings from YAML are laid over the defaults; an unknown key fails with a
 * message naming it. Every config has an {@code alpha} ({@link InitScale}), applied after the draw.
 *
 * @param <C> the config record
 */
public final class InitializerFactory<C extends Record & InitConfig> implements Plugin {
    private final String name;
    private final String description;
    private final Class<C> configType;
    private final C defaults;
    private final Function<C, Initializer> build;

    public InitializerFactory(String name, String description, Class<C> configType, C defaults,
            Function<C, Initializer> build) {
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

    /** @return the initializer for {@code config}, with its {@code alpha} applied */
    public Initializer create(C config) {
        return InitScale.scaled(build.apply(config), config.alpha());
    }

    /** @return the initializer for the defaults overlaid with {@code settings} (keys as in the config record) */
    public Initializer create(Map<String, ?> settings) {
        return create(configure(settings));
    }

    /** Binds settings over the defaults; unknown keys and wrong types fail with a message naming the key. */
    public C configure(Map<String, ?> settings) {
        return ConfigBinding.bind("initializer " + name, defaults, configType, settings);
    }
}
