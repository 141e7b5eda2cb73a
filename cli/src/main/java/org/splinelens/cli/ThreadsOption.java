package org.splinelens.cli;

import org.splinelens.core.io.InvalidInputException;
import picocli.CommandLine.Option;

/** {@code --threads}: how many trials run at once (results do not depend on it). */
public final class ThreadsOption {
    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    public int workers() {
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new InvalidInputException("--threads must be >= 1, got " + workers);
        }
        return workers;
    }
}
