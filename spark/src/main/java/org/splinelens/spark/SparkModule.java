package org.splinelens.spark;

import com.google.inject.AbstractModule;
import org.splinelens.core.plugin.PluginBinder;
import org.splinelens.core.plugin.SplinelensPlugin;
import org.splinelens.experiments.sweep.EnginePlugin;

/** Registers the {@code spark} sweep engine; on the class path only with the spark module's jar. */
public final class SparkModule extends AbstractModule implements SplinelensPlugin {

    @Override
    protected void configure() {
        PluginBinder.register(PluginBinder.registry(binder(), "engine", EnginePlugin.class), new SparkEngine());
    }
}
