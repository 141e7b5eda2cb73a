package org.splinelens.cli;

import java.nio.file.Path;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.DatasetCsv;
import picocli.CommandLine.Option;

/** {@code --data FILE}, required: the dataset a command works on. */
final class DataFile {
    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV dataset with header x,y")
    Path path;

    Path path() {
        return path;
    }

    Dataset dataset() {
        return DatasetCsv.read(path);
    }
}
