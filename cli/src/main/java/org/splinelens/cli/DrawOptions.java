package org.splinelens.cli;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.init.Initializer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A network drawn from an initializer plugin: {@code --init NAME}, {@code --alpha A} and {@code --width H} or
 * {@code --widths h1,h2,…}. {@code train} and {@code movie} (through {@link StartOptions}) and {@code init} draw with
 * this one class, so that the same options and generator give the same network.
 */
final class DrawOptions {
    @Mixin
    NetworkShape shape;

    @Option(names = "--init", defaultValue = "he-normal", description = "initializer (default ${DEFAULT-VALUE})")
    String init;

    @Option(names = "--alpha", description = "init scale α: (w, b, v) → (αw, αb, v/α); same as --set init.alpha")
    Double alpha;

    /**
     * Adds {@code --alpha} to the initializer's settings as the key {@code alpha}.
     *
     * @param settings the {@code --set} keys by plugin, as {@link SettingsRouter#route} gives them
     */
    void addAlpha(Map<String, Map<String, Object>> settings) {
        SettingsRouter.put(settings, "init", "alpha", "--alpha", alpha);
    }

    /**
     * @param data         the data a data-dependent initializer reads, or {@code null}
     * @param random       the generator: the draw takes its values first
     * @param initSettings the initializer's config keys
     */
    UnivariateNetwork draw(Plugins plugins, Dataset data, RandomGenerator random, Map<String, Object> initSettings) {
        DeepArchitecture architecture = shape.architecture();
        Initializer initializer = plugins.initializer(init, initSettings);
        try {
            return shape.shallow() ? initializer.shallow(architecture.hiddenWidth(1), data, random)
                    : initializer.deep(architecture, data, random);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(shape.option() + ": " + e.getMessage());
        }
    }
}
