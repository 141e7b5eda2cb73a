package org.splinelens.cli;

import java.nio.file.Path;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.DatasetCsv;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.io.NetworkJson;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import picocli.CommandLine.Option;

/** The {@code --net FILE --data FILE} pair of the loss-surface commands. */
final class NetAndData {
    @Option(names = "--net", required = true, description = "network JSON file")
    Path net;

    @Option(names = "--data", required = true, description = "CSV dataset x,y")
    Path data;

    UnivariateNetwork network() {
        return NetworkJson.read(net);
    }

    /** @param what what needs a shallow net, for the error line */
    ShallowNetwork shallow(String what) {
        if (!(network() instanceof ShallowNetwork shallow)) {
            throw new InvalidInputException(net + ": " + what + " is defined for shallow networks; got a deep one");
        }
        return shallow;
    }

    Dataset dataset() {
        return DatasetCsv.read(data);
    }
}
