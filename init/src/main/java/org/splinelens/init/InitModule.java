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
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected void configure() {
        MapBinder<String, InitializerFactory> initializers = PluginBinder.registry(binder(), "initializer",
                InitializerFactory.class);
        for (InitializerFactory<?> factory : RandomInitializers.all()) {
            PluginBinder.register(initializers, factory);
        }
        for (InitializerFactory<?> factory : DataDependentInitializers.all()) {
            PluginBinder.register(initializers, factory);
        }
    }
}
