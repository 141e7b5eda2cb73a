package org.splinelens.core.plugin;

import java.util.Objects;

/**
 * A kind of plugin: its display name ({@code "target"}, {@code "initializer"}, …) and the type its registry holds.
 *
 * @param name display name, kebab-case
 * @param type the plugin interface registered in a {@code MapBinder<String, type>}
 */
public record PluginKind(String name, Class<? extends Plugin> type) {

    public PluginKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
