package org.splinelens.dynamics;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.splinelens.core.plugin.PluginBinder;
import org.splinelens.core.plugin.SplinelensPlugin;
import org.splinelens.dynamics.optim.OptimizerFactory;
import org.splinelens.dynamics.optim.Optimizers;

/** Registers the built-in optimizers under the plugin kind {@code optimizer}. */
public final class DynamicsModule extends AbstractModule implements SplinelensPlugin {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected void configure() {
        MapBinder<String, OptimizerFactory> optimizers = PluginBinder.registry(binder(), "optimizer",
                OptimizerFactory.class);
        for (OptimizerFactory<?> factory : Optimizers.all()) {
            PluginBinder.register(optimizers, factory);
        }
    }
}
