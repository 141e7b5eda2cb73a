package org.splinelens.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntUnaryOperator;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.SerializableConfiguration;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.sweep.CellEngine;
import org.splinelens.experiments.sweep.CellFailed;
import org.splinelens.experiments.sweep.CellTask;
import org.splinelens.experiments.sweep.SweepStore;
import scala.Function2;
import scala.reflect.ClassTag$;
import scala.runtime.BoxedUnit;

/**
 * Runs a sweep's cells as Spark tasks, one cell per task (up to {@link #MAX_PARTITIONS} tasks, each then taking a run
 * of cells). Each executor discovers its own plugins from its class path, so the plugin jars must travel with the
 * application ({@code spark-submit --jars}, or the shaded {@code splinelens-spark.jar}); the registry handed to
 * {@link #run} is the driver's and is not shipped. Cells are written through Hadoop's {@code FileSystem} to the sweep
 * directory's URI: on a cluster it must be storage every executor reaches — a shared mount, {@code hdfs://} or
 * {@code s3a://} (with the connector on the class path; see {@link #open}); local files get the driver's umask, like
 * the threads' engine's. The
 * first cell that fails {@link CellEngine#ATTEMPTS} times cancels the job (running cells finish and keep their files,
 * no further cell starts) and the sweep ends with {@link CellFailed}.
 */
public final class SparkCellEngine implements CellEngine, AutoCloseable {
    /**
     * Tasks per sweep at most: one per cell gives the finest progress and balance, but a Spark stage of hundreds of
     * thousands of tasks mostly loads the driver.
     */
    public static final int MAX_PARTITIONS = 10_000;

    private final JavaSparkContext spark;
    private final boolean owned;

    private SparkCellEngine(JavaSparkContext spark, boolean owned) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.owned = owned;
    }

    /** An engine on a running Spark context, which stays the caller's: {@link #close} leaves it running. */
    public SparkCellEngine(JavaSparkContext spark) {
        this(spark, false);
    }

    /**
     * Starts a Spark context for sweeps, stopped by {@link #close}.
     *
     * @param master a master URL ({@code local[4]}, {@code spark://host:7077}, {@code yarn} …), or null for the one
     *     {@code spark-submit} set ({@code spark.master}) and else an embedded {@code local[*]}
     */
    public static SparkCellEngine start(String master) {
        return start(conf(master));
    }

    /** Starts a Spark context of the given configuration for sweeps, stopped by {@link #close}. */
    public static SparkCellEngine start(SparkConf conf) {
        return new SparkCellEngine(new JavaSparkContext(conf), true);
    }

    /**
     * @return the configuration {@link #start} uses: the {@code spark.*} system properties ({@code spark-submit}'s),
     *     the given master, and the application name "splinelens sweep" unless one is set
     */
    public static SparkConf conf(String master) {
        SparkConf conf = new SparkConf();
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (!conf.contains("spark.app.name")) {
            conf.setAppName("splinelens sweep");
        }
        return conf;
    }

    @Override
    public void run(List<CellTask> tasks, URI dir, PluginRegistry plugins, IntUnaryOperator progress)
            throws IOException {
        if (tasks.isEmpty()) {
            return;
        }
        SparkContext sc = spark.sc();
        Configuration hadoop = new Configuration(sc.hadoopConfiguration());
        if ("file".equals(dir.getScheme())) {
            String umask = CellWriter.umask(Path.of(dir));
            if (umask != null) {
                hadoop.set(CellWriter.UMASK, umask); // cells honour the umask of the user who runs the sweep
            }
        }
        CellJob job = new CellJob(dir.toString(), new SerializableConfiguration(hadoop));
        AtomicReference<String> failure = new AtomicReference<>();
        // a tag rather than a job group: it leaves whatever group the caller set on this thread alone
        String tag = "splinelens-sweep-" + UUID.randomUUID();
        // called on the driver as each task's result arrives
        Function2<Object, CellJob.Finished, BoxedUnit> collect = (partition, finished) -> {
            if (finished.cells() > 0) {
                progress.applyAsInt(finished.cells());
            }
            if (finished.failure() != null && failure.compareAndSet(null, finished.failure())) {
                sc.cancelJobsWithTag(tag, "a sweep cell failed");
            }
            return BoxedUnit.UNIT;
        };
        sc.addJobTag(tag);
        try {
            sc.runJob(spark.parallelize(tasks, Math.min(tasks.size(), MAX_PARTITIONS)).rdd(), job, collect,
                    ClassTag$.MODULE$.apply(CellJob.Finished.class));
        } catch (Exception e) { // Spark's exceptions are checked but undeclared (Scala)
            // an interrupted driver leaves its job running unless told otherwise
            sc.cancelJobsWithTag(tag, "the sweep ended");
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new IOException("sweep interrupted; finished cells are kept", e);
            }
            if (failure.get() == null) {
                throw new IOException("the Spark job of the sweep failed: " + firstLine(e)
                        + "; finished cells are kept, rerun to resume", e);
            }
            // else the job was cancelled because of that failure
        } finally {
            sc.removeJobTag(tag);
        }
        if (failure.get() != null) {
            throw new CellFailed(failure.get(), null);
        }
    }

    /**
     * Opens a path or {@code file:} directory like every engine, and any other URI ({@code hdfs://}, {@code s3a://})
     * through Hadoop's {@code FileSystem} with this context's Hadoop configuration ({@code spark.hadoop.*}): a
     * {@link HadoopSweepStore}.
     */
    @Override
    public SweepStore open(String out) throws IOException {
        String scheme = SweepStore.scheme(out);
        if (scheme == null || scheme.equals("file")) {
            return CellEngine.super.open(out);
        }
        return HadoopSweepStore.open(SweepStore.uri(out), spark.sc().hadoopConfiguration());
    }

    private static String firstLine(Throwable e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
    }

    /** Stops the Spark context if {@link #start} started it. */
    @Override
    public void close() {
        if (owned) {
            spark.stop();
        }
    }
}
