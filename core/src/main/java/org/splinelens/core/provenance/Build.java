package org.splinelens.core.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The code a result was computed with: splinelens' own version and commit, as the build recorded them. Never the
 * commit of the directory the process runs in, which is the user's (their own repository, or none), not the code's.
 *
 * @param version   the version the build was made as ({@code 0.1.0-SNAPSHOT}), or {@value #UNKNOWN} when the classes
 *                  carry no build record (compiled outside Maven)
 * @param gitCommit the 40-hex-digit commit the classes were built from, followed by {@value #DIRTY} when the tree had
 *                  changes not committed (tracked or untracked files); null when unknown (built outside a git checkout,
 *                  without git, or outside Maven)
 */
public record Build(String version, String gitCommit) {
    /** The version of classes that carry no build record. */
    public static final String UNKNOWN = "unknown";
    /** The suffix of a commit built with uncommitted changes (as {@code git describe --dirty} writes it). */
    public static final String DIRTY = "-dirty";
    /** The class-path resource the build writes (core's pom, maven-antrun-plugin at generate-resources). */
    static final String RESOURCE = "build.properties";
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}(" + DIRTY + ")?");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{40}");

    public Build {
        Objects.requireNonNull(version, "version");
        if (gitCommit != null && !COMMIT.matcher(gitCommit).matches()) {
            throw new IllegalArgumentException("gitCommit must be 40 lower-case hex digits, optionally followed by "
                    + DIRTY + ", got '" + gitCommit + "'");
        }
    }

    /** The build record, read once: it cannot change while the classes are loaded. */
    private static final class Current {
        static final Build BUILD = read();
    }

    /** @return the version and commit the build recorded in {@value #RESOURCE} beside this class */
    public static Build current() {
        return Current.BUILD;
    }

    private static Build read() {
        Properties properties = new Properties();
        try (InputStream in = Build.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build record " + RESOURCE, e);
        }
        return of(properties);
    }

    /**
     * @param record the keys {@code version}, {@code commit} (40 hex digits, or empty when git could not say) and
     *               {@code dirty} ({@code true} or {@code false}) as the build writes them; any missing or malformed
     *               (an unfiltered {@code ${project.version}}) is unknown
     * @return the build they describe
     */
    static Build of(Properties record) {
        String version = record.getProperty("version", "").strip();
        String commit = record.getProperty("commit", "").strip();
        boolean known = HASH.matcher(commit).matches();
        return new Build(version.isEmpty() || version.contains("${") ? UNKNOWN : version,
                known ? commit + ("true".equals(record.getProperty("dirty", "").strip()) ? DIRTY : "") : null);
    }

    /** @return the commit for a reader: {@link #gitCommit()} or {@value #UNKNOWN} */
    public String commitOrUnknown() {
        return gitCommit == null ? UNKNOWN : gitCommit;
    }
}
