package org.splinelens.cli;

import java.nio.file.Path;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.io.NetworkJson;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import picocli.CommandLine.Option;

/** {@code --net FILE}: the network JSON file a command reads. */
public final class NetFile {
    @Option(names = "--net", required = true, paramLabel = "FILE", description = "network JSON file")
    Path path;

    public Path path() {
        return path;
    }

    public UnivariateNetwork network() {
        return NetworkJson.read(path);
    }

    /** @param what what needs a shallow net, for the error line */
    public ShallowNetwork shallow(String what) {
        if (!(network() instanceof ShallowNetwork shallow)) {
            throw new InvalidInputException(path + ": " + what + " is defined for shallow networks; got a deep one");
        }
        return shallow;
    }
}
