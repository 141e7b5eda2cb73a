package org.splinelens.core.plugin;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.util.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.splinelens.core.io.Excerpt;

/**
 * The plugins of every {@link SplinelensPlugin} module found on the classpath by {@link ServiceLoader}, read from the
 * Guice registries.
 */
public final class PluginRegistry {
    private final Injector injector;
    private final List<String> modules;

    private PluginRegistry(Injector injector, List<String> modules) {
        this.injector = injector;
        this.modules = List.copyOf(modules);
    }

    /** Loads every module listed in {@code META-INF/services} on the class path of {@code loader}. */
    public static PluginRegistry discover(ClassLoader loader) {
        List<SplinelensPlugin> found = new ArrayList<>();
        for (SplinelensPlugin plugin : ServiceLoader.load(SplinelensPlugin.class, loader)) {
            found.add(plugin);
        }
        found.sort(Comparator.comparing(p -> p.getClass().getName()));
        return of(found);
    }

    /** A registry over the given modules (for tests and embedding). */
    public static PluginRegistry of(List<? extends SplinelensPlugin> plugins) {
        List<String> names = new ArrayList<>();
        for (SplinelensPlugin plugin : plugins) {
            names.add(plugin.getClass().getName());
        }
        try {
            return new PluginRegistry(Guice.createInjector(plugins), names);
        } catch (CreationException e) {
            throw new IllegalStateException("plugin registration failed: " + e.getErrorMessages().iterator().next()
                    .getMessage(), e);
        }
    }

    /** @return the class names of the loaded plugin modules */
    public List<String> modules() {
        return modules;
    }

    /** @return every declared kind, sorted by name */
    public List<PluginKind> kinds() {
        Set<PluginKind> kinds = injector.getInstance(Key.get(new TypeLiteral<Set<PluginKind>>() { }));
        List<PluginKind> sorted = new ArrayList<>(kinds);
        sorted.sort(Comparator.comparing(PluginKind::name));
        return sorted;
    }

    /** @return the plugins registered for {@code type}, sorted by name (empty if the kind is unknown) */
    @SuppressWarnings("unchecked")
    public <T extends Plugin> Map<String, T> plugins(Class<T> type) {
        Key<Map<String, T>> key = (Key<Map<String, T>>) Key.get(Types.mapOf(String.class, type));
        if (injector.getExistingBinding(key) == null) {
            return Map.of();
        }
        return new TreeMap<>(injector.getInstance(key));
    }

    /** @return the plugin named {@code name} of {@code type}, failing with the known names when it is absent */
    public <T extends Plugin> T plugin(Class<T> type, String name) {
        Map<String, T> all = plugins(type);
        T plugin = all.get(name);
        if (plugin == null) {
            String kind = kinds().stream().filter(k -> k.type().equals(type)).map(PluginKind::name).findFirst()
                    .orElse(type.getSimpleName());
            throw new org.splinelens.core.io.InvalidInputException("unknown " + kind + " " + Excerpt.of(name)
                    + "; known: " + String.join(", ", all.keySet()));
        }
        return plugin;
    }
}
