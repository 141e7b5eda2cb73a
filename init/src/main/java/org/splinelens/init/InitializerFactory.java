package org.splinelens.init;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.splinelens.core.plugin.ConfiguredPlugin;

/**
 * A named initializer plugin: its config record (validated in its constructor, with documented defaults) and how to
 * build an {@link Initializer} from it. Settings from YAML are laid over the defaults; an unknown key fails with a
 * message naming it. Every config has an {@code alpha} ({@link InitScale}), applied after the draw.
 *
 * @param <C> the config record
 */
public final class InitializerFactory<C extends Record & InitConfig> extends ConfiguredPlugin<C> {
    private final Function<C, Initializer> build;

    public InitializerFactory(String name, String description, Class<C> configType, C defaults,
            Function<C, Initializer> build) {
        super("initializer", name, description, configType, defaults);
        this.build = Objects.requireNonNull(build);
    }

    /** @return the initializer for {@code config}, with its {@code alpha} applied */
    public Initializer create(C config) {
        return InitScale.scaled(build.apply(config), config.alpha());
    }

    /** @return the initializer for the defaults overlaid with {@code settings} (keys as in the config record) */
    public Initializer create(Map<String, ?> settings) {
        return create(configure(settings));
    }
}
