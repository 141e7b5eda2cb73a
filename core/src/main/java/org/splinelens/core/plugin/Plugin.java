package org.splinelens.core.plugin;

import java.util.Map;

/** A named, self-describing plugin (a target function, an initializer factory, an optimizer factory, …). */
public interface Plugin {

    /** @return the registry name, kebab-case ({@code "he-normal"}, {@code "sin"}) */
    String name();

    /** @return one line saying what the plugin is, with the paper's notation */
    String description();

    /**
     * @return the keys a plugin configured by settings ({@code --set}, YAML) accepts, each with its default, in the
     *         config record's order; empty for a plugin without settings
     */
    default Map<String, Object> defaultSettings() {
        return Map.of();
    }
}
