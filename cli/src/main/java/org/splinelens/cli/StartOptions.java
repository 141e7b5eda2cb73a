package org.splinelens.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.io.NetworkFiles;
import org.splinelens.core.network.UnivariateNetwork;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a training run starts: a saved network ({@code --from}, JSON or safetensors), or a draw of {@code --init} at
 * a shape ({@link DrawOptions}).
 */
final class StartOptions {
    @Mixin
    DrawOptions draw;

    @Option(names = "--from", paramLabel = "FILE",
            description = "start from a saved network (JSON or .safetensors) instead of --init")
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
            if (draw.shape.given()) {
                throw new InvalidInputException("--from fixes the architecture; drop --width/--widths");
            }
            return NetworkFiles.read(from);
        }
        return draw.draw(plugins, data, random, initSettings);
    }
}
