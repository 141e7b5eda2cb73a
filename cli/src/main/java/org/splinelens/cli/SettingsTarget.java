package org.splinelens.cli;

import java.util.Objects;
import java.util.Set;

/**
 * A plugin that {@code --set} keys may be meant for.
 *
 * @param prefix the prefix naming it on the command line: {@code optimizer}, {@code init} or {@code fitter}
 * @param plugin its kind and name for messages, e.g. {@code "optimizer adam"}
 * @param keys   the keys of its config record
 */
record SettingsTarget(String prefix, String plugin, Set<String> keys) {

    SettingsTarget {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(plugin, "plugin");
        keys = Set.copyOf(keys);
    }

    static SettingsTarget optimizer(Plugins plugins, String name) {
        return new SettingsTarget("optimizer", "optimizer " + name, plugins.optimizerDefaults(name).keySet());
    }

    static SettingsTarget fitter(Plugins plugins, String name) {
        return new SettingsTarget("fitter", "fitter " + name, plugins.fitterDefaults(name).keySet());
    }

    static SettingsTarget initializer(Plugins plugins, String name) {
        return new SettingsTarget("init", "initializer " + name, plugins.initializerDefaults(name).keySet());
    }
}
