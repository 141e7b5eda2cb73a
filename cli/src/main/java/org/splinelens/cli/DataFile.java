package org.splinelens.cli;

import java.nio.file.Path;
import org.splinelens.core.data.Dataset;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --data FILE}, required: the dataset a command works on. */
public final class DataFile {
    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "CSV dataset with a header naming its columns (see --x-column, --y-column)")
    Path path;

    @Mixin
    DataColumns columns;

    public Path path() {
        return path;
    }

    public Dataset dataset() {
        return columns.read(path);
    }
}
