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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.provenance.Invocation;
import org.splinelens.experiments.sweep.CellEngine;
import org.splinelens.experiments.sweep.CellFailed;
import org.splinelens.experiments.sweep.CellTask;
import org.splinelens.experiments.sweep.LocalCellEngine;
import org.splinelens.experiments.sweep.ProbeExperiment;
import org.splinelens.experiments.sweep.SweepOutputs;
import org.splinelens.experiments.sweep.SweepPlan;
import org.splinelens.experiments.sweep.SweepRunner;
import org.splinelens.experiments.sweep.SweepSpec;

/** The Spark engine on {@code local[2]}: the same files as threads, failures in one line, finished cells kept. */
class SparkCellEngineIT {
    private static JavaSparkContext spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(SparkTests.conf("local[2]"));
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static SweepRunner.Outcome run(SweepSpec spec, CellEngine engine, Path dir, List<Integer> progress)
            throws IOException {
        return new SweepRunner(PLUGINS, engine, (done, all) -> {
            synchronized (progress) {
                progress.add(done);
            }
            return 0;
        }, Invocation.library()).run(SweepPlan.of(spec, PLUGINS), dir);
    }

    /** @return the names of files under {@code dir} that no sweep should leave: temporaries and checksums */
    private static List<String> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".tmp") || n.endsWith(".crc")).toList();
        }
    }

    @Test
    void sparkWritesTheSameTablesAsOneAndTwoThreads() throws IOException {
        run(sixPoints(), new LocalCellEngine(1), tmp.resolve("one"), new ArrayList<>());
        run(sixPoints(), new LocalCellEngine(2), tmp.resolve("two"), new ArrayList<>());
        List<Integer> progress = new ArrayList<>();
        SweepRunner.Outcome onSpark = run(sixPoints(), new SparkCellEngine(spark), tmp.resolve("spark"), progress);

        Map<String, String> serial = SweepOutputs.tables(tmp.resolve("one"));
        assertThat(serial).hasSize(1 + 6 + 12);
        assertThat(SweepOutputs.tables(tmp.resolve("two"))).isEqualTo(serial);
        assertThat(SweepOutputs.tables(tmp.resolve("spark"))).isEqualTo(serial);
        assertThat(onSpark.cellsRun()).isEqualTo(12);
        assertThat(progress).as("told as cells finish, from 0 to all").startsWith(0).endsWith(12).isSorted()
                .hasSizeGreaterThan(2);
        assertThat(leftovers(tmp.resolve("spark"))).isEmpty();
        Path cell = tmp.resolve("spark/points/000-width=2_init=he-normal/trials/trial-00000.json");
        Path plain = Files.createFile(tmp.resolve("spark/plain"));
        assertThat(Files.getPosixFilePermissions(cell)).as("the user's umask, like a file this JVM creates")
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aCellThatKeepsFailingEndsTheSweepInOneLineNamingPointAndTrial() {
        ProbeExperiment.ATTEMPTS.set(0);
        Path dir = tmp.resolve("fail");
        assertThatThrownBy(() -> run(failingPoint(), new SparkCellEngine(spark), dir, new ArrayList<>()))
                .isInstanceOf(CellFailed.class).hasMessage(FAILURE);
        assertThat(ProbeExperiment.ATTEMPTS.get()).as("attempts before giving up").isEqualTo(CellEngine.ATTEMPTS);
        assertThat(dir.resolve("points/001-width=3_failTrial=1/trials/trial-00001.json")).doesNotExist();
    }

    @Test
    void aCellWhoseFileExistsIsLeftUntouched() throws IOException {
        Path dir = tmp.resolve("kept");
        Path done = dir.resolve("points/000-width=2/trials/trial-00000.json");
        Files.createDirectories(done.getParent());
        Files.writeString(done, "written by an earlier copy");
        String canonical = "{\"experiment\":\"sweep-probe\",\"config\":{\"width\":2,\"lr\":0.1,\"init\":\"he-normal\","
                + "\"trials\":2,\"failTrial\":-1}}";
        List<CellTask> tasks = List.of(
                new CellTask(0, "sweep point 0 (width=2)", canonical, 0, 1L, "stamp",
                        "points/000-width=2/trials/trial-00000.json"),
                new CellTask(0, "sweep point 0 (width=2)", canonical, 1, 2L, "stamp",
                        "points/000-width=2/trials/trial-00001.json"));
        List<Integer> finished = new ArrayList<>();
        new SparkCellEngine(spark).run(tasks, dir.toUri(), PLUGINS, cells -> {
            synchronized (finished) {
                finished.add(cells);
            }
            return 0;
        });
        assertThat(done).hasContent("written by an earlier copy");
        assertThat(Files.readString(dir.resolve("points/000-width=2/trials/trial-00001.json")))
                .startsWith("{\"trial\":1,");
        assertThat(finished.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
        assertThat(leftovers(dir)).isEmpty();
    }

    @Test
    void aFailureOfSparkOrStorageEndsTheSweepWithAnIoErrorInOneLine() throws IOException {
        Path dir = tmp.resolve("blocked");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("points"), "a file where the points' directories should go");
        String canonical = "{\"experiment\":\"sweep-probe\",\"config\":{\"width\":2,\"lr\":0.1,\"init\":\"he-normal\","
                + "\"trials\":1,\"failTrial\":-1}}";
        List<CellTask> tasks = List.of(new CellTask(0, "sweep point 0 (width=2)", canonical, 0, 1L, "stamp",
                "points/000-width=2/trials/trial-00000.json"));
        assertThatThrownBy(() -> new SparkCellEngine(spark).run(tasks, dir.toUri(), PLUGINS, cells -> 0))
                .isInstanceOf(IOException.class).hasMessageStartingWith("the Spark job of the sweep failed: ")
                .hasMessageNotContaining("\n");
    }
}
