package org.splinelens.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.io.NetworkJson;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.init.Initializer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where a training run starts: a saved network ({@code --from}), or a draw of {@code --init} at a shape. */
final class StartOptions {
    @Mixin
    NetworkShape shape;

    @Option(names = "--init", defaultValue = "he-normal", description = "initializer (default ${DEFAULT-VALUE})")
    String init;

    @Option(names = "--alpha", description = "init scale α: (w, b, v) → (αw, αb, v/α); same as --set init.alpha")
    Double alpha;

    @Option(names = "--from", paramLabel = "FILE", description = "start from a saved network instead of --init")
    Path from;

    /** @return whether the start is drawn by the initializer, which {@code --set init.KEY} then configures */
    boolean drawn() {
        return from == null;
    }

    /**
     * @param initSettings the initializer's config keys (unused with {@code --from})
     * @param random       the run's generator: the draw comes first from it
     */
    UnivariateNetwork start(Plugins plugins, Dataset data, RandomGenerator random, Map<String, Object> initSettings) {
        if (from != null) {
            if (shape.given()) {
                throw new InvalidInputException("--from fixes the architecture; drop --width/--widths");
            }
            return NetworkJson.read(from);
        }
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
