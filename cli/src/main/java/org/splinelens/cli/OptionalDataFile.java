package org.splinelens.cli;

import java.nio.file.Path;
import org.splinelens.core.data.Dataset;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --data FILE}, optional: a dataset for commands that can do without one. */
public final class OptionalDataFile {
    @Option(names = "--data", paramLabel = "FILE",
            description = "CSV dataset with a header naming its columns (see --x-column, --y-column)")
    Path path;

    @Mixin
    DataColumns columns;

    public boolean given() {
        return path != null;
    }

    /** @return the dataset, or {@code null} when {@code --data} is not given */
    public Dataset datasetOrNull() {
        return path == null ? null : columns.read(path);
    }
}
