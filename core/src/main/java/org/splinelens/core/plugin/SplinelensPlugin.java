package org.splinelens.core.plugin;

import com.google.inject.Module;

/**
 * A Guice module that registers splinelens plugins. Implementations are listed in
 * {@code META-INF/services/org.splinelens.core.plugin.SplinelensPlugin} and only bind (no I/O); they register their
 * plugins with {@link PluginBinder}.
 */
public interface SplinelensPlugin extends Module {
}
