package org.splinelens.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.util.SerializableConfiguration;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.sweep.CellEngine;
import org.splinelens.experiments.sweep.CellFailed;
import org.splinelens.experiments.sweep.CellTask;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;

/**
 * What a Spark task does with its partition of cells, in the executor: compute each cell (up to
 * {@link CellEngine#ATTEMPTS} attempts) with the executor's plugins and write its file. A cell that keeps failing
 * ends the partition and is returned as data — its one-line message — so Spark neither retries it nor logs a stack
 * trace; an I/O error is thrown, and Spark retries the task (finished cells are kept and skipped).
 */
final class CellJob extends AbstractFunction2<TaskContext, Iterator<CellTask>, CellJob.Finished>
        implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String dir;
    private final SerializableConfiguration hadoop;

    /**
     * What a partition sends back to the driver.
     *
     * @param cells   cells finished: written, or found already written
     * @param failure the one-line message of the cell that failed for good, or null
     */
    record Finished(int cells, String failure) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * @param dir    the sweep directory as an absolute URI ({@code file:///…/}, {@code hdfs://…/})
     * @param hadoop the driver's Hadoop configuration (credentials and file system settings of {@code spark.hadoop.*})
     */
    CellJob(String dir, SerializableConfiguration hadoop) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.hadoop = Objects.requireNonNull(hadoop, "hadoop");
    }

    @Override
    public Finished apply(TaskContext context, Iterator<CellTask> cells) {
        try {
            PluginRegistry plugins = ExecutorPlugins.registry();
            FileSystem fs = CellWriter.fileSystem(dir, hadoop.value());
            int done = 0;
            while (cells.hasNext()) {
                if (context.isInterrupted()) {
                    break; // the sweep was cancelled (a cell failed elsewhere): start no more cells
                }
                CellTask task = cells.next();
                Path target = new Path(dir, task.file());
                if (!fs.exists(target)) {
                    List<Row> rows;
                    try {
                        rows = attempt(task, plugins);
                    } catch (CellFailed e) {
                        return new Finished(done, e.getMessage());
                    }
                    CellWriter.write(fs, target, task.result(rows).getBytes(StandardCharsets.UTF_8));
                }
                done++;
            }
            return new Finished(done, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same attempts as {@code LocalCellEngine}: a deterministic failure repeats, a transient one passes. */
    private static List<Row> attempt(CellTask task, PluginRegistry plugins) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= CellEngine.ATTEMPTS; attempt++) {
            try {
                return task.compute(plugins);
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw new CellFailed(task.failure(CellEngine.ATTEMPTS, last), last);
    }
}
