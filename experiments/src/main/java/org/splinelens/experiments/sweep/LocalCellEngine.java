package org.splinelens.experiments.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntUnaryOperator;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.runner.Row;

/** Runs cells on a pool of this JVM's threads; after a cell fails for good, no further cell starts. */
public final class LocalCellEngine implements CellEngine {
    private final int threads;

    public LocalCellEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    @Override
    public void run(List<CellTask> tasks, Path dir, PluginRegistry plugins, IntUnaryOperator progress)
            throws IOException {
        if (tasks.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()));
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (CellTask task : tasks) {
                futures.add(pool.submit(() -> {
                    if (failed.get()) {
                        return null; // the sweep has failed: start no more cells
                    }
                    try {
                        AtomicFiles.writeString(dir.resolve(task.file()), task.result(attempt(task, plugins)));
                    } catch (RuntimeException e) {
                        failed.set(true);
                        throw e;
                    }
                    progress.applyAsInt(1);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("sweep interrupted; finished cells are kept", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
            try {
                // a failed sweep must not leave cells writing files behind its error message
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static List<Row> attempt(CellTask task, PluginRegistry plugins) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return task.compute(plugins);
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw new CellFailed(task.failure(ATTEMPTS, last), last);
    }
}
