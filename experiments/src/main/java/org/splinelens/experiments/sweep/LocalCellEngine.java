package org.splinelens.experiments.sweep;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntUnaryOperator;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.runner.Row;

/**
 * Runs cells on a pool of this JVM's threads; after a cell fails for good no further cell starts, and the run returns
 * (or throws the first failure) only when no cell is running any more.
 */
public final class LocalCellEngine implements CellEngine {
    private final int threads;

    public LocalCellEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    @Override
    public void run(List<CellTask> tasks, URI location, PluginRegistry plugins, IntUnaryOperator progress)
            throws IOException {
        if (tasks.isEmpty()) {
            return;
        }
        Path dir = Path.of(location);
        // a fork-join pool, so that idle threads take the work cells fork (TrialWork)
        ExecutorService pool = new ForkJoinPool(threads);
        CompletionService<Void> cells = new ExecutorCompletionService<>(pool);
        AtomicBoolean failed = new AtomicBoolean();
        for (CellTask task : tasks) {
            cells.submit(() -> {
                if (failed.get()) {
                    return null; // the sweep has failed: start no more cells
                }
                try {
                    AtomicFiles.writeString(dir.resolve(task.file()), task.result(attempt(task, plugins)));
                } catch (Throwable e) {
                    failed.set(true);
                    throw e;
                }
                progress.applyAsInt(1);
                return null;
            });
        }
        // every cell is waited for, the failed one first, so none is still writing when the caller moves on
        Throwable first = null;
        try {
            for (int k = 0; k < tasks.size(); k++) {
                try {
                    cells.take().get();
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.set(true);
            throw new IOException("sweep interrupted; finished cells are kept", e);
        } finally {
            pool.shutdown();
        }
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (first instanceof IOException io) {
            throw io;
        }
        if (first != null) {
            throw new IOException(String.valueOf(first.getMessage()), first);
        }
    }

    private static List<Row> attempt(CellTask task, PluginRegistry plugins) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return task.compute(plugins);
            } catch (InvalidInputException e) {
                throw e; // bad input stays bad on a second attempt: its one line goes straight to the user
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw new CellFailed(task.failure(ATTEMPTS, last), last);
    }
}
