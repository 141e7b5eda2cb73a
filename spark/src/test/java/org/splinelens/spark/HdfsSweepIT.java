package org.splinelens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.splinelens.spark.SparkTests.PLUGINS;
import static org.splinelens.spark.SparkTests.failingPoint;
import static org.splinelens.spark.SparkTests.sixPoints;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.provenance.Invocation;
import org.splinelens.experiments.sweep.LocalCellEngine;
import org.splinelens.experiments.sweep.SweepOutputs;
import org.splinelens.experiments.sweep.SweepPlan;
import org.splinelens.experiments.sweep.SweepRunner;
import org.splinelens.experiments.sweep.SweepSpec;
import org.splinelens.experiments.sweep.SweepStore;

/** Sweeps into {@code hdfs://} on a real HDFS: the same tables as a local sweep, resumed, locked, never mixed. */
class HdfsSweepIT {
    @TempDir
    static Path storage;

    private static MiniHdfs hdfs;
    private static JavaSparkContext spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws IOException {
        hdfs = new MiniHdfs(storage);
        spark = new JavaSparkContext(SparkTests.conf("local[2]")
                .set("spark.hadoop.dfs.client.block.write.locateFollowingBlock.initial.delay.ms", "10"));
    }

    @AfterAll
    static void stop() {
        spark.stop();
        hdfs.close();
    }

    private static SweepRunner.Outcome run(SweepSpec spec, String out) throws IOException {
        return new SweepRunner(PLUGINS, new SparkCellEngine(spark), (done, all) -> 0, Invocation.library())
                .run(SweepPlan.of(spec, PLUGINS), out);
    }

    @Test
    void aSweepIntoHdfsWritesTheLocalTablesAndResumesAfterLosingHalfItsCells() throws IOException {
        new SweepRunner(PLUGINS, new LocalCellEngine(1), (done, all) -> 0, Invocation.library())
                .run(SweepPlan.of(sixPoints(), PLUGINS), tmp.resolve("local"));
        Map<String, String> local = SweepOutputs.tables(tmp.resolve("local"));
        String out = hdfs.uri("/sweeps/six");

        assertThat(run(sixPoints(), out).cellsRun()).isEqualTo(12);
        assertThat(hdfs.tables(out, tmp)).isEqualTo(local);
        List<String> files = hdfs.files(out);
        assertThat(files).contains("sweep.yaml", "sweep.csv", "sweep.json", "report.html",
                "points/000-width=2_init=he-normal/summary.csv", "points/000-width=2_init=he-normal/report.html");
        assertThat(files).as("no lock or temporary file left behind").noneMatch(f -> f.contains("/.")
                || f.startsWith("."));

        List<String> cells = files.stream().filter(f -> f.contains("/trials/trial-")).sorted().toList();
        assertThat(cells).hasSize(12);
        for (int k = 0; k < cells.size(); k += 2) {
            hdfs.fs().delete(new org.apache.hadoop.fs.Path(out + "/" + cells.get(k)), false);
        }
        SweepRunner.Outcome resumed = run(sixPoints(), out);
        assertThat(resumed.cellsRun()).isEqualTo(6);
        assertThat(resumed.resumed()).isEqualTo(6);
        assertThat(hdfs.tables(out, tmp)).as("byte-identical after the resume").isEqualTo(local);
    }

    @Test
    void aDifferentSweepIntoTheSameDirectoryIsRefusedBeforeAnyCell() throws IOException {
        String out = hdfs.uri("/sweeps/other");
        run(sixPoints(), out);
        List<String> before = hdfs.files(out);
        assertThatThrownBy(() -> run(failingPoint(), out)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(out + "/sweep.yaml: the directory holds another sweep");
        assertThat(hdfs.files(out)).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void theLockRefusesASecondWriterAndALockLeftByAKilledDriverIsTakenOver() throws IOException,
            InterruptedException {
        String out = hdfs.uri("/sweeps/locked");
        try (SweepStore held = new SparkCellEngine(spark).open(out)) {
            assertThatThrownBy(() -> run(sixPoints(), out)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("another sweep is writing this directory")
                    .hasMessageContaining("pid=" + ProcessHandle.current().pid());
        }
        assertThat(hdfs.files(out)).isEmpty();

        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        String host = java.net.InetAddress.getLocalHost().getHostName();
        try (FSDataOutputStream lock = hdfs.fs().create(new org.apache.hadoop.fs.Path(out + "/.lock"), false)) {
            lock.write(("host=" + host + " pid=" + ended.pid() + " since=2026-12-01T00:00:00Z")
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(run(sixPoints(), out).cellsRun()).isEqualTo(12);
        assertThat(hdfs.files(out)).doesNotContain(".lock");
    }

    @Test
    void aSchemeWithoutAFileSystemIsRefusedInOneLine() {
        assertThatThrownBy(() -> run(sixPoints(), "nosuchfs://bucket/sweeps/a"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("nosuchfs://bucket/sweeps/a: no Hadoop file system for \"nosuchfs:\"")
                .hasMessageNotContaining("\n");
    }
}
