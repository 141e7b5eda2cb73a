package org.splinelens.experiments.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Where a run's numbers come from: the code's version and, when the working tree is a git clone, its commit. */
final class Provenance {
    private Provenance() {
    }

    static String version() {
        String version = Provenance.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    /** @return {@code git rev-parse HEAD} in the working directory, or null when unknown */
    static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            if (!git.waitFor(2, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return null;
            }
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
