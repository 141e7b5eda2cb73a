package org.splinelens.dynamics;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.splinelens.core.plugin.PluginBinder;
import org.splinelens.core.plugin.SplinelensPlugin;
import org.splinelens.dynamics.optim.OptimizerPlugin;
import org.splinelens.dynamics.optim.Optimizers;

/** Registers the built-in optimizers under the plugin kind {@code optimizer}. */
public final class DynamicsModule extends AbstractModule implements SplinelensPlugin {

    @Override
    protected void configure() {
        MapBinder<String, OptimizerPlugin> optimizers = PluginBinder.registry(binder(), "optimizer",
                OptimizerPlugin.class);
        Optimizers.all().forEach(factory -> PluginBinder.register(optimizers, factory));
    }
}
