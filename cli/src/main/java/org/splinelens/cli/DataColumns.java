package org.splinelens.cli;

import java.nio.file.Path;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.DatasetCsv;
import org.splinelens.core.io.InvalidInputException;
import picocli.CommandLine.Option;

/** {@code --x-column NAME --y-column NAME}: which columns of a CSV file with a header are the data's x and y. */
public final class DataColumns {
    @Option(names = "--x-column", defaultValue = "x", paramLabel = "NAME",
            description = "the data file's column of inputs (default ${DEFAULT-VALUE})")
    String x;

    @Option(names = "--y-column", defaultValue = "y", paramLabel = "NAME",
            description = "the data file's column of targets (default ${DEFAULT-VALUE})")
    String y;

    /** @return the chosen columns of {@code file}; other columns may hold anything */
    public Dataset read(Path file) {
        if (x.isBlank() || y.isBlank()) {
            throw new InvalidInputException((x.isBlank() ? "--x-column" : "--y-column") + ": expected a column name");
        }
        return DatasetCsv.read(file, x, y);
    }
}
