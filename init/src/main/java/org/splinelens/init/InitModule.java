package org.splinelens.init;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.splinelens.core.plugin.PluginBinder;
import org.splinelens.core.plugin.SplinelensPlugin;
import org.splinelens.init.datadependent.DataDependentInitializers;
import org.splinelens.init.random.RandomInitializers;

/** Registers the built-in initializers under the plugin kind {@code initializer}. */
public final class InitModule extends AbstractModule implements SplinelensPlugin {

    @Override
    protected void configure() {
        MapBinder<String, InitializerPlugin> initializers = PluginBinder.registry(binder(), "initializer",
                InitializerPlugin.class);
        RandomInitializers.all().forEach(factory -> PluginBinder.register(initializers, factory));
        DataDependentInitializers.all().forEach(factory -> PluginBinder.register(initializers, factory));
    }
}
