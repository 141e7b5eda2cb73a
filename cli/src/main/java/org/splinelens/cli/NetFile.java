package org.splinelens.cli;

import java.nio.file.Path;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.io.NetworkFiles;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import picocli.CommandLine.Option;

/** {@code --net FILE}: the network file a command reads, JSON or safetensors ({@link NetworkFiles}). */
public final class NetFile {
    @Option(names = "--net", required = true, paramLabel = "FILE",
            description = "network file: JSON, or a PyTorch state dict in safetensors (docs/PYTORCH.md)")
    Path path;

    public Path path() {
        return path;
    }

    public UnivariateNetwork network() {
        return NetworkFiles.read(path);
    }

    /** @param what what needs a shallow net, for the error line */
    public ShallowNetwork shallow(String what) {
        if (!(network() instanceof ShallowNetwork shallow)) {
            throw new InvalidInputException(path + ": " + what + " is defined for shallow networks; got a deep one");
        }
        return shallow;
    }
}
