package org.splinelens.baselines;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.splinelens.baselines.fit.Fitter;
import org.splinelens.baselines.fit.Fitters;
import org.splinelens.core.plugin.PluginBinder;
import org.splinelens.core.plugin.SplinelensPlugin;

/** Registers the built-in fitters under the plugin kind {@code fitter}. */
public final class BaselinesModule extends AbstractModule implements SplinelensPlugin {

    @Override
    protected void configure() {
        MapBinder<String, Fitter> fitters = PluginBinder.registry(binder(), "fitter", Fitter.class);
        for (Fitter fitter : Fitters.all()) {
            PluginBinder.register(fitters, fitter);
        }
    }
}
