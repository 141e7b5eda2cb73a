package org.splinelens.core.targets;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.splinelens.core.plugin.PluginBinder;
import org.splinelens.core.plugin.SplinelensPlugin;

/** Registers the built-in {@link Targets} under the plugin kind {@code target}. */
public final class TargetsModule extends AbstractModule implements SplinelensPlugin {

    @Override
    protected void configure() {
        MapBinder<String, TargetFunction> targets = PluginBinder.registry(binder(), "target", TargetFunction.class);
        for (TargetFunction target : Targets.all()) {
            PluginBinder.register(targets, target);
        }
    }
}
