package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code splinelens sweep}: grids from the command line or a file, the same tables at any thread count, bad sweeps. */
class SweepCommandTest {

    @TempDir
    Path tmp;

    private CliRun sweep(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep", "loneliness", "--grid", "dataPoints=6,8,10",
                "--grid", "inits=[he-normal],[uniform-breakpoints]", "--set", "ratios=[1.0,4.0]", "--trials", "2",
                "--seed", "5", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    @Test
    void sixPointsGiveTheSameTablesWithOneAndTwoThreads() throws IOException {
        CliRun one = sweep(tmp.resolve("one"), "--threads", "1");
        CliRun two = sweep(tmp.resolve("two"), "--threads", "2");
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(two.code()).as(two.err()).isZero();
        assertThat(one.out()).contains("6 points, 12 cells run, 0 resumed");
        assertThat(Files.readString(tmp.resolve("two/sweep.csv"))).isEqualTo(
                Files.readString(tmp.resolve("one/sweep.csv")));
        List<String> rows = Files.readAllLines(tmp.resolve("one/sweep.csv"));
        assertThat(rows.get(0)).startsWith("dataPoints,inits,");
        assertThat(rows.get(1)).startsWith("6,[he-normal],");
        try (var points = Files.list(tmp.resolve("one/points"))) {
            for (Path point : points.toList()) {
                Path twin = tmp.resolve("two/points").resolve(point.getFileName());
                assertThat(Files.readString(twin.resolve("summary.csv"))).as(point.getFileName().toString())
                        .isEqualTo(Files.readString(point.resolve("summary.csv")));
            }
        }
        CliRun again = sweep(tmp.resolve("one"), "--threads", "2");
        assertThat(again.out()).contains("0 cells run, 12 resumed");
    }

    @Test
    void aSweepFileIsTheSameSweep() throws IOException {
        Path yaml = Files.writeString(tmp.resolve("fig11.yaml"), """
                experiment: loneliness
                seed: 5
                config:
                  ratios: [1.0, 4.0]
                  trials: 2
                sweep:
                  grid:
                    dataPoints: [6, 8]
                    inits: [[he-normal], [uniform-breakpoints]]
                  zip: true
                """);
        CliRun file = CliRun.run("sweep", yaml.toString(), "--out", tmp.resolve("file").toString());
        CliRun flags = CliRun.run("sweep", "loneliness", "--grid", "dataPoints=6,8", "--grid",
                "inits=[he-normal],[uniform-breakpoints]", "--zip", "--set", "ratios=[1.0,4.0]", "--set", "trials=2",
                "--seed", "5", "--out", tmp.resolve("flags").toString());
        assertThat(file.code()).as(file.err()).isZero();
        assertThat(flags.code()).as(flags.err()).isZero();
        assertThat(file.out()).contains("2 points");
        assertThat(Files.readString(tmp.resolve("file/sweep.csv"))).isEqualTo(
                Files.readString(tmp.resolve("flags/sweep.csv")));
        CliRun run = CliRun.run("run", yaml.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("splinelens sweep");
    }

    @Test
    void theExampleSweepFileRuns() throws IOException {
        // Maven runs tests in the module's directory; docs/CLI.md points users at this file
        Path example = Path.of("..", "examples", "fig11-sweep.yaml");
        CliRun run = CliRun.run("sweep", example.toString(), "--trials", "1", "--out",
                tmp.resolve("example").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("6 points, 6 cells run");
        assertThat(Files.readAllLines(tmp.resolve("example/sweep.csv")).get(0)).startsWith("dataPoints,inits,");
    }

    @Test
    void badSweepsAreOneLineNamingTheKeyAndWriteNothing() {
        String out = tmp.resolve("bad").toString();
        CliRun.assertBadInput(
                new String[] {"sweep", "loneliness", "--grid", "dataPointz=6,8", "--out", out},
                new String[] {"sweep", "loneliness", "--grid", "dataPoints=", "--out", out},
                new String[] {"sweep", "loneliness", "--grid", "dataPoints=6,many", "--out", out},
                new String[] {"sweep", "loneliness", "--grid", "inits=[he-normal],[nope]", "--out", out},
                new String[] {"sweep", "loneliness", "--grid", "dataPoints=6,8", "--grid", "trials=1,2,3", "--zip",
                    "--out", out},
                new String[] {"sweep", "loneliness", "--grid", "dataPoints=6,8", "--engine", "warp", "--out", out},
                new String[] {"sweep", "loneliness", "--grid", "dataPoints=6,8", "--master", "spark://h:7077",
                    "--out", out},
                new String[] {"sweep", "loneliness", "--out", out},
                new String[] {"sweep", "loneliness", "--grid", "dataPoints=6,8", "--out",
                    "hdfs://127.0.0.1:1/sweeps/a"},
                new String[] {"sweep", "loneliness", "--grid", "dataPoints=6,8", "--out", ""},
                new String[] {"sweep", "loneliness", "--grid", "dataPoints=6,8", "--trials", "2000000000", "--out",
                    out},
                new String[] {"sweep", "loneliness", "--grid", "dataPoints=6,8", "--max-cells", "3", "--out", out});
        assertThat(tmp.resolve("bad")).doesNotExist();
        assertThat(CliRun.run("sweep", "loneliness", "--grid", "dataPointz=6,8", "--out", out).err())
                .contains("dataPointz");
        assertThat(CliRun.run("sweep", "loneliness", "--grid", "inits=[he-normal],[nope]", "--out", out).err())
                .contains("nope");
        assertThat(CliRun.run("sweep", "loneliness", "--grid", "dataPoints=6,8", "--max-cells", "3", "--out", out)
                .err()).contains("--max-cells");
        assertThat(CliRun.run("sweep", "loneliness", "--grid", "dataPoints=6,8", "--out", "hdfs://h:1/a").err())
                .contains("hdfs://h:1/a: this engine writes only this machine's files").contains("--engine spark");
        assertThat(CliRun.run("run", "loneliness", "--trials", "2000000000", "--out", out).err()).contains("--trials");
        assertThat(tmp.resolve("bad")).doesNotExist();
    }
}
