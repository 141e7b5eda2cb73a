package org.splinelens.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.provenance.Invocation;
import org.splinelens.experiments.runner.DirectoryLock;
import org.splinelens.experiments.runner.Scale;
import org.splinelens.init.InitModule;

/** Sweeps: cells independent of threads, order and company; resume; one writer; failures and bad sweeps in one line. */
class SweepRunnerTest {
    private static final PluginRegistry PLUGINS = PluginRegistry.of(List.of(new InitModule(),
            new ProbeExperiment.Module()));

    @TempDir
    Path tmp;

    private static SweepSpec spec(Map<String, List<Object>> grid, Map<String, Object> settings, boolean zip) {
        return new SweepSpec("sweep-probe", Scale.QUICK, settings, grid, zip, null, 11);
    }

    /** 3 widths × 2 initializers = 6 points, 2 trials each. */
    private static SweepSpec sixPoints() {
        Map<String, List<Object>> grid = new LinkedHashMap<>();
        grid.put("width", List.of(2, 3, 5));
        grid.put("init", List.of("he-normal", "glorot-normal"));
        return spec(grid, Map.of(), false);
    }

    private static SweepRunner.Outcome run(SweepSpec spec, int threads, Path dir) throws IOException {
        return new SweepRunner(PLUGINS, new LocalCellEngine(threads), (done, all) -> 0, Invocation.library())
                .run(SweepPlan.of(spec, PLUGINS), dir);
    }

    @Test
    void tablesAreByteIdenticalAtOneAndTwoThreads() throws IOException {
        SweepRunner.Outcome one = run(sixPoints(), 1, tmp.resolve("one"));
        run(sixPoints(), 2, tmp.resolve("two"));
        assertThat(one.points()).hasSize(6);
        assertThat(one.cellsRun()).isEqualTo(12);
        Map<String, String> serial = SweepOutputs.tables(tmp.resolve("one"));
        assertThat(serial).hasSize(1 + 6 + 12);
        assertThat(SweepOutputs.tables(tmp.resolve("two"))).isEqualTo(serial);
        List<String> csv = Files.readAllLines(tmp.resolve("one/sweep.csv"));
        assertThat(csv.get(0)).isEqualTo("width,init,trials,diverged,score_mean,score_sd,score_n,step_mean,step_sd,"
                + "step_n");
        assertThat(csv).hasSize(7);
        assertThat(csv.get(1)).as("2 trials, none lost").startsWith("2,he-normal,2,0,");
        assertThat(tmp.resolve("one/report.html")).isNotEmptyFile();
        assertThat(tmp.resolve("one/sweep-score-vs-width.png")).isNotEmptyFile();
        assertThat(tmp.resolve("one/sweep.json")).isNotEmptyFile();
        assertThat(Files.readString(tmp.resolve("one/points/000-width=2_init=he-normal/provenance.json")))
                .as("a point's provenance says how its cells were seeded").contains(CellSeeds.PROTOCOL);
    }

    @Test
    void aPointDrawsTheSameNumbersWhateverElseIsSwept() throws IOException {
        run(spec(Map.of("width", List.of(2, 3)), Map.of(), false), 2, tmp.resolve("a"));
        run(spec(Map.of("width", List.of(3, 5)), Map.of(), false), 1, tmp.resolve("b"));
        assertThat(Files.readString(tmp.resolve("b/points/000-width=3/trials/trial-00001.json")))
                .isEqualTo(Files.readString(tmp.resolve("a/points/001-width=3/trials/trial-00001.json")));
        assertThat(Files.readString(tmp.resolve("b/points/000-width=3/trials/trial-00000.json")))
                .isNotEqualTo(Files.readString(tmp.resolve("b/points/000-width=3/trials/trial-00001.json")));
    }

    @Test
    void aRerunAfterLosingHalfTheCellsRunsOnlyThoseAndRewritesTheSameTables() throws IOException {
        Path dir = tmp.resolve("resume");
        run(sixPoints(), 2, dir);
        Map<String, String> before = SweepOutputs.tables(dir);
        List<Path> cells = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith("trial-")).sorted().forEach(cells::add);
        }
        for (int k = 0; k < cells.size(); k += 2) {
            Files.delete(cells.get(k));
        }
        Files.delete(dir.resolve("sweep.csv"));
        SweepRunner.Outcome again = run(sixPoints(), 2, dir);
        assertThat(again.cellsRun()).isEqualTo(6);
        assertThat(again.resumed()).isEqualTo(6);
        assertThat(SweepOutputs.tables(dir)).isEqualTo(before);
    }

    @Test
    void aSecondWriterAndAnotherSweepAreRefused() throws IOException {
        Path dir = tmp.resolve("locked");
        Files.createDirectories(dir);
        try (DirectoryLock held = DirectoryLock.acquire(dir)) {
            assertThatThrownBy(() -> run(sixPoints(), 1, dir)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(".lock").hasMessageNotContaining("\n");
        }
        run(sixPoints(), 1, dir);
        SweepSpec other = spec(Map.of("width", List.of(2, 7)), Map.of(), false);
        assertThatThrownBy(() -> run(other, 1, dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("another sweep");
    }

    @Test
    void aCellThatKeepsFailingEndsTheSweepInOneLineNamingPointAndTrial() {
        ProbeExperiment.ATTEMPTS.set(0);
        SweepSpec failing = spec(Map.of("width", List.of(2, 3)), Map.of("failTrial", 1), false);
        assertThatThrownBy(() -> run(failing, 1, tmp.resolve("fail"))).isInstanceOf(CellFailed.class)
                .hasMessageContaining("point 0 (width=2), trial 1 failed 2 times")
                .hasMessageContaining("fails on purpose").hasMessageNotContaining("\n");
        assertThat(ProbeExperiment.ATTEMPTS.get()).as("attempts before giving up").isEqualTo(CellEngine.ATTEMPTS);
        assertThat(tmp.resolve("fail/points/000-width=2/trials/trial-00000.json")).exists();
    }

    @Test
    void badSweepsFailBeforeAnyWorkNamingTheKey() {
        Map<String, List<Object>> zipped = new LinkedHashMap<>();
        zipped.put("width", List.of(2, 3));
        zipped.put("lr", List.of(0.1));
        assertThatThrownBy(() -> spec(zipped, Map.of(), true)).hasMessageContaining("--zip")
                .hasMessageContaining("lr");
        assertThatThrownBy(() -> spec(Map.of("width", List.of()), Map.of(), false)).hasMessageContaining("width")
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> SweepPlan.of(spec(Map.of("depth", List.of(1)), Map.of(), false), PLUGINS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("depth");
        assertThatThrownBy(() -> SweepPlan.of(spec(Map.of("width", List.of(2, "many")), Map.of(), false), PLUGINS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("width");
        assertThatThrownBy(() -> SweepPlan.of(spec(Map.of("init", List.of("he-normal", "nope")), Map.of(), false),
                PLUGINS)).isInstanceOf(InvalidInputException.class).hasMessageContaining("init")
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> SweepPlan.of(spec(Map.of("width", List.of(2, 2)), Map.of(), false), PLUGINS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("repeats");
        assertThat(tmp.resolve("never")).doesNotExist();
    }

    @Test
    void zipPairsTheLists() {
        Map<String, List<Object>> grid = new LinkedHashMap<>();
        grid.put("width", List.of(2, 3));
        grid.put("lr", List.of(0.1, 0.2));
        assertThat(spec(grid, Map.of(), true).combinations()).containsExactly(Map.of("width", 2, "lr", 0.1),
                Map.of("width", 3, "lr", 0.2));
        assertThat(spec(grid, Map.of(), false).combinations()).hasSize(4);
    }
}
