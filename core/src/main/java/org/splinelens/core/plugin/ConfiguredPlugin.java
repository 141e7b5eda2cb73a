package org.splinelens.core.plugin;

import java.util.Map;
import java.util.Objects;

/**
 * A named plugin configured by a record: its description, its config type with documented defaults, and the binding
 * of settings (YAML, {@code key=value}) over those defaults through {@link ConfigBinding}.
 *
 * @param <C> the config record
 */
public abstract class ConfiguredPlugin<C extends Record> implements Plugin {
    private final String kind;
    private final String name;
    private final String description;
    private final Class<C> configType;
    private final C defaults;

    protected ConfiguredPlugin(String kind, String name, String description, Class<C> configType, C defaults) {
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.description = Objects.requireNonNull(description);
        this.configType = Objects.requireNonNull(configType);
        this.defaults = Objects.requireNonNull(defaults);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    public final Class<C> configType() {
        return configType;
    }

    public final C defaults() {
        return defaults;
    }

    @Override
    public final Map<String, Object> defaultSettings() {
        return ConfigBinding.keys(defaults);
    }

    /** Binds settings over the defaults; unknown keys and wrong types fail with a message naming the key. */
    public final C configure(Map<String, ?> settings) {
        return ConfigBinding.bind(kind + " " + name, defaults, configType, settings);
    }
}
