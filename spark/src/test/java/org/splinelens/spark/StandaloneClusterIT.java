package org.splinelens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.splinelens.spark.SparkTests.FAILURE;
import static org.splinelens.spark.SparkTests.PLUGINS;
import static org.splinelens.spark.SparkTests.failingPoint;
import static org.splinelens.spark.SparkTests.sixPoints;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.deploy.master.Master$;
import org.apache.spark.deploy.worker.Worker$;
import org.apache.spark.rpc.RpcEnv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.provenance.Invocation;
import org.splinelens.experiments.sweep.CellEngine;
import org.splinelens.experiments.sweep.CellFailed;
import org.splinelens.experiments.sweep.LocalCellEngine;
import org.splinelens.experiments.sweep.SweepOutputs;
import org.splinelens.experiments.sweep.SweepPlan;
import org.splinelens.experiments.sweep.SweepRunner;
import org.splinelens.experiments.sweep.SweepSpec;
import scala.Option;

/**
 * A standalone Spark cluster on 127.0.0.1 — a master and a worker started from spark-core's own classes in this JVM,
 * the worker launching two executors as separate JVMs on this test's class path — so every cell crosses a JVM
 * boundary: serialised there, its plugins discovered there, its file written there.
 */
class StandaloneClusterIT {
    private static RpcEnv master;
    private static RpcEnv worker;
    private static JavaSparkContext spark;

    @TempDir
    static Path work;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startCluster() throws IOException, InterruptedException {
        // the worker builds executors' command lines from SPARK_HOME (set for the tests by the pom): a jars directory
        // and the Scala version's build directory must exist there, though the class path comes from the test's
        Path home = Path.of(System.getenv("SPARK_HOME"));
        Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(home.resolve("launcher/target/scala-2.13"));
        SparkConf conf = SparkTests.conf("local"); // the master's and worker's own settings: loopback, no UI
        master = Master$.MODULE$.startRpcEnvAndEndpoint("127.0.0.1", 0, 0, conf)._1();
        String url = "spark://127.0.0.1:" + master.address().port();
        worker = Worker$.MODULE$.startRpcEnvAndEndpoint("127.0.0.1", 0, 0, 2, 1024, new String[] {url},
                work.toString(), Option.empty(), conf, Option.empty());
        spark = new JavaSparkContext(SparkTests.conf(url)
                .set("spark.executor.extraClassPath", System.getProperty("java.class.path"))
                .set("spark.executor.cores", "1")
                .set("spark.executor.memory", "512m")
                .set("spark.cores.max", "2")
                // executors are short-lived JVMs on two busy cores: start them fast rather than run them fast
                .set("spark.executor.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"));
        awaitExecutors(2);
    }

    /**
     * Waits (boundedly: a worker that cannot launch executors would otherwise leave the sweep waiting forever) until
     * {@code count} executors have registered with the driver.
     */
    private static void awaitExecutors(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        // the driver counts itself among the executors
        while (spark.sc().statusTracker().getExecutorInfos().length < count + 1) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the standalone worker's executors did not register within 3 minutes;"
                        + " their logs are under " + work);
            }
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        if (spark != null) {
            spark.stop();
        }
        for (RpcEnv env : new RpcEnv[] {worker, master}) {
            if (env != null) {
                env.shutdown();
                env.awaitTermination();
            }
        }
    }

    private static SweepRunner.Outcome run(SweepSpec spec, CellEngine engine, Path dir) throws IOException {
        return new SweepRunner(PLUGINS, engine, (done, all) -> 0, Invocation.library())
                .run(SweepPlan.of(spec, PLUGINS), dir);
    }

    /** The driver of a cluster runs no task: every cell is computed in one of the two executor JVMs. */
    @Test
    void executorsInOtherJvmsWriteTheSameTablesAsOneThread() throws IOException {
        run(sixPoints(), new LocalCellEngine(1), tmp.resolve("one"));
        SweepRunner.Outcome onCluster = run(sixPoints(), new SparkCellEngine(spark), tmp.resolve("cluster"));
        assertThat(onCluster.cellsRun()).isEqualTo(12);
        assertThat(SweepOutputs.tables(tmp.resolve("cluster"))).hasSize(1 + 6 + 12)
                .isEqualTo(SweepOutputs.tables(tmp.resolve("one")));
    }

    @Test
    void aCellFailingInAnExecutorEndsTheSweepWithItsOneLine() {
        assertThatThrownBy(() -> run(failingPoint(), new SparkCellEngine(spark), tmp.resolve("fail")))
                .isInstanceOf(CellFailed.class).hasMessage(FAILURE);
    }
}
