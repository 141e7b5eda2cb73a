package org.splinelens.experiments.sweep;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.plugin.PluginRegistry;

/**
 * Where a sweep's cells run: this machine's threads ({@link LocalCellEngine}) or a cluster. An engine computes every
 * task it is given and writes each result atomically to {@code dir/task.file()} — a task whose file already exists (a
 * retried or speculative copy) must leave it as it is — and throws {@link CellFailed} for a cell that failed
 * {@link #ATTEMPTS} times. Results must not depend on the engine: each task carries its own seed.
 */
public interface CellEngine {
    /** Attempts per cell before the sweep fails: a deterministic failure repeats, a transient one passes. */
    int ATTEMPTS = 2;

    /** Cells a sweep or batch may hold unless told otherwise: each costs a task and a file. */
    long MAX_CELLS = 1_000_000;

    /**
     * @param dir      the sweep (or batch) directory as an absolute URI, as {@link SweepStore#location()} gives it
     * @param progress told after each finished cell; returns what it likes (the count is the caller's)
     */
    void run(List<CellTask> tasks, URI dir, PluginRegistry plugins, IntUnaryOperator progress) throws IOException;

    /**
     * Opens and locks a sweep directory this engine's workers can write. This one opens a path of this machine or a
     * {@code file:} URI; an engine whose workers reach other storage (a cluster's {@code hdfs://}) opens those too.
     *
     * @param out the directory as the user gave it
     * @throws InvalidInputException naming {@code out} when this engine cannot write there
     */
    default SweepStore open(String out) throws IOException {
        String scheme = SweepStore.scheme(out);
        if (scheme == null) {
            return SweepStore.local(Path.of(out));
        }
        if (scheme.equals("file")) {
            return SweepStore.local(Path.of(SweepStore.uri(out)));
        }
        throw new InvalidInputException(out + ": this engine writes only this machine's files; a " + scheme
                + ": directory needs an engine whose workers reach it (--engine spark, with the " + scheme
                + " file system on its class path)");
    }
}
