package org.splinelens.cli;

import java.nio.file.Path;
import org.splinelens.core.data.Dataset;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --data FILE}, required: the dataset a command works on. */
final class DataFile {
    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "CSV dataset with a header naming its columns (see --x-column, --y-column)")
    Path path;

    @Mixin
    DataColumns columns;

    Path path() {
        return path;
    }

    Dataset dataset() {
        return columns.read(path);
    }
}
