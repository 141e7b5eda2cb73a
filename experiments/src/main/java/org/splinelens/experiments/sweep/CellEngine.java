package org.splinelens.experiments.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntUnaryOperator;
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
     * @param progress told after each finished cell; returns what it likes (the count is the caller's)
     */
    void run(List<CellTask> tasks, Path dir, PluginRegistry plugins, IntUnaryOperator progress) throws IOException;
}
