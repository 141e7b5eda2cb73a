package org.splinelens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.io.IoReason;
import org.splinelens.experiments.sweep.SweepStore;
import picocli.CommandLine.Option;

/**
 * {@code --out DIR}: the directory a command writes its files into. An empty name (which would write into the working
 * directory), an existing file that is not a directory, and a place where no directory can be written (a read-only
 * or virtual file system such as {@code /proc}) are refused in one line before any work.
 */
public final class OutDir {
    @Option(names = "--out", paramLabel = "DIR", description = "output directory")
    String dir;

    /** @return the directory, or {@code null} when {@code --out} is not given */
    public Path orNull() {
        return dir == null ? null : checked();
    }

    public Path orElse(Path fallback) {
        return dir != null ? checked() : fallback;
    }

    /** @param why why the command cannot do without it, for the error line */
    public Path required(String why) {
        if (dir == null) {
            throw new InvalidInputException("--out: " + why);
        }
        return checked();
    }

    /**
     * @param why why the command cannot do without it, for the error line
     * @return the directory as given when it is a URI ({@code hdfs://…}, {@code file:/…}: for the engine to open),
     *     else the checked path's name
     */
    public String location(String why) {
        if (dir != null && SweepStore.scheme(dir) != null) {
            return dir;
        }
        return required(why).toString();
    }

    private Path checked() {
        if (dir.isBlank()) {
            throw new InvalidInputException("--out: expected a directory name, got an empty one");
        }
        Path path;
        try {
            path = Path.of(dir);
        } catch (InvalidPathException e) {
            throw new InvalidInputException("--out: not a valid directory name (" + e.getReason() + ")");
        }
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new InvalidInputException("--out " + dir + ": exists and is not a directory");
        }
        checkWritable(path);
        return path;
    }

    /**
     * Creates (and deletes) a directory where the command will write, so an output place that cannot be written is
     * refused before the work rather than after it; nothing is left behind, not even {@code --out} itself.
     */
    private void checkWritable(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new InvalidInputException("--out " + dir + ": cannot be created (" + existing
                    + " is not a directory)");
        }
        try {
            Files.delete(Files.createTempDirectory(existing, ".splinelens-out-check-"));
        } catch (IOException e) {
            throw new InvalidInputException("--out " + dir + ": cannot write in " + existing + " ("
                    + IoReason.of(e) + ")");
        }
    }
}
