package org.splinelens.core.provenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The code a result was computed with.
 *
 * @param version   the splinelens version from the jar manifest, or {@code "development build"} when run from classes
 * @param gitCommit the 40-hex-digit commit of the working directory's git clone, or null when unknown
 */
public record Build(String version, String gitCommit) {
    public Build {
        Objects.requireNonNull(version, "version");
        if (gitCommit != null && !gitCommit.matches("[0-9a-f]{40}")) {
            throw new IllegalArgumentException("gitCommit must be 40 lower-case hex digits, got '" + gitCommit + "'");
        }
    }

    /** @return this build's version and the commit {@code git rev-parse HEAD} reports (waiting at most 2 s) */
    public static Build current() {
        String version = Build.class.getPackage().getImplementationVersion();
        return new Build(version == null ? "development build" : version, headCommit());
    }

    private static String headCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            if (!git.waitFor(2, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return null;
            }
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
        } catch (IOException e) {
            return null; // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
