package org.splinelens.core.plugin;

import com.google.inject.Binder;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;

/**
 * Registers plugins: {@code registry(binder, "target", TargetFunction.class)} declares the kind (idempotent, so every
 * module adding plugins of a kind may call it) and returns the kind's {@code MapBinder}; a name bound twice fails
 * when the injector is created.
 */
public final class PluginBinder {
    private PluginBinder() {
    }

    public static <T extends Plugin> MapBinder<String, T> registry(Binder binder, String kind, Class<T> type) {
        Multibinder<PluginKind> kinds = Multibinder.newSetBinder(binder, PluginKind.class);
        kinds.permitDuplicates();
        kinds.addBinding().toInstance(new PluginKind(kind, type));
        return MapBinder.newMapBinder(binder, String.class, type);
    }

    /** Binds {@code plugin} under its own {@link Plugin#name()}. */
    public static <T extends Plugin> void register(MapBinder<String, T> registry, T plugin) {
        registry.addBinding(plugin.name()).toInstance(plugin);
    }
}
