package org.splinelens.cli;

import java.nio.file.Path;
import org.splinelens.core.io.InvalidInputException;
import picocli.CommandLine.Option;

/** {@code --out DIR}: the directory a command writes its files into. */
public final class OutDir {
    @Option(names = "--out", paramLabel = "DIR", description = "output directory")
    Path dir;

    /** @return the directory, or {@code null} when {@code --out} is not given */
    public Path orNull() {
        return dir;
    }

    public Path orElse(Path fallback) {
        return dir != null ? dir : fallback;
    }

    /** @param why why the command cannot do without it, for the error line */
    public Path required(String why) {
        if (dir == null) {
            throw new InvalidInputException("--out: " + why);
        }
        return dir;
    }
}
