package org.splinelens.experiments.sweep;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.splinelens.core.io.InvalidInputException;

/**
 * A sweep directory, opened and locked for one sweep. The driver reads and writes the sweep's files in
 * {@link #workspace()}; the engines' workers write cells to {@link #location()}. For a directory of this machine the
 * two are one ({@link #local}); for one on a cluster's storage ({@code hdfs://}, {@code s3a://}, opened by an engine
 * that reaches it) the workspace is a local copy, filled from the directory when it is opened and published back to
 * it. Closing releases the lock.
 */
public interface SweepStore extends Closeable {
    Pattern URI_SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+):/");

    /** @return the sweep directory as an absolute URI, as the engines' workers reach it */
    URI location();

    /** @return where the driver reads and writes the sweep's files: the directory itself, or a local copy of it */
    Path workspace();

    /**
     * Makes files the workers wrote to {@link #location()} since the store was opened visible in the workspace.
     *
     * @param files paths relative to the sweep directory, with {@code /} between names
     */
    void fetch(Collection<String> files) throws IOException;

    /** Writes every workspace file that is new or changed since it was opened, fetched or published. */
    void publish() throws IOException;

    /**
     * Opens a directory of this machine: created if missing, locked by
     * {@link org.splinelens.experiments.runner.DirectoryLock} (an OS lock the OS releases when the process ends,
     * kill -9 included).
     */
    static SweepStore local(Path dir) throws IOException {
        return LocalSweepStore.open(dir);
    }

    /**
     * @param out a directory as the user gave it: a path, or a URI such as {@code hdfs://namenode:8020/sweeps/a}
     * @return the URI's scheme in lower case, or null for a path (a path is never read as a URI: {@code a:b} stays a
     *     name, a scheme needs two characters and a {@code /} after its colon)
     */
    static String scheme(String out) {
        Matcher uri = URI_SCHEME.matcher(out);
        return uri.lookingAt() ? uri.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** @return {@code file} in the directory {@code out}, named the way the user named the directory (for messages) */
    static String name(String out, String file) {
        return scheme(out) == null ? Path.of(out).resolve(file).toString() : out.replaceAll("/+$", "") + "/" + file;
    }

    /** @throws InvalidInputException naming {@code out} when it is not a valid URI */
    static URI uri(String out) {
        try {
            return new URI(out);
        } catch (URISyntaxException e) {
            throw new InvalidInputException(out + ": not a valid directory URI (" + e.getReason() + ")");
        }
    }
}
