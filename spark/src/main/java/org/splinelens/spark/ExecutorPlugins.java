package org.splinelens.spark;

import org.splinelens.core.plugin.PluginRegistry;

/**
 * The plugin registry of an executor JVM, discovered once from the task's class loader (which holds the jars shipped
 * with the application) and kept while that loader stays the same: building the Guice injector for every cell would
 * cost more than many cells.
 */
final class ExecutorPlugins {
    private static Cached cached;

    private record Cached(ClassLoader loader, PluginRegistry registry) {
    }

    private ExecutorPlugins() {
    }

    static synchronized PluginRegistry registry() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ExecutorPlugins.class.getClassLoader();
        }
        // one entry, not a map: a JVM that runs many Spark contexts in turn (tests) keeps no stale registries
        if (cached == null || cached.loader() != loader) {
            cached = new Cached(loader, PluginRegistry.discover(loader));
        }
        return cached.registry();
    }
}
