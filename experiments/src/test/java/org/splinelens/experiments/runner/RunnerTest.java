package org.splinelens.experiments.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.loneliness.LonelinessConfig;
import org.splinelens.experiments.loneliness.LonelinessExperiment;
import org.splinelens.experiments.sweep.ProbeExperiment;

class RunnerTest {
    private static final PluginRegistry PLUGINS = PluginRegistry.discover(RunnerTest.class.getClassLoader());

    @TempDir
    Path tmp;

    private static Experiment<LonelinessConfig> loneliness() {
        return new LonelinessExperiment();
    }

    @Test
    void quickPresetWritesEveryFileAndTheSummaryDoesNotDependOnThreads() throws IOException {
        Experiment<LonelinessConfig> experiment = loneliness();
        LonelinessConfig config = experiment.preset(Scale.QUICK);
        Runner.Outcome one = new Runner(PLUGINS, 1, (done, all) -> 0).run(experiment, config, 7, tmp.resolve("a"));
        Runner.Outcome two = new Runner(PLUGINS, 2, (done, all) -> 0).run(experiment, config, 7, tmp.resolve("b"));

        for (String file : List.of("config.yaml", "provenance.json", "trials.csv", "summary.csv", "summary.json")) {
            assertThat(tmp.resolve("a").resolve(file)).isNotEmptyFile();
        }
        try (Stream<Path> trials = Files.list(tmp.resolve("a").resolve("trials"))) {
            assertThat(trials.count()).isEqualTo(config.trials());
        }
        assertThat(Files.readAllBytes(tmp.resolve("a").resolve("summary.csv")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve("summary.csv")));
        assertThat(Files.readAllBytes(tmp.resolve("a").resolve("trials.csv")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve("trials.csv")));
        assertThat(one.trialsRun()).isEqualTo(config.trials());
        org.splinelens.experiments.report.HtmlReport.write(experiment, config, one, tmp.resolve("a"));
        assertThat(tmp.resolve("a").resolve("lonely-fraction.png")).isNotEmptyFile();
        assertThat(javax.imageio.ImageIO.read(tmp.resolve("a").resolve("lonely-fraction.png").toFile()).getWidth())
                .isIn(org.splinelens.experiments.report.FigureStyle.WIDTH,
                        org.splinelens.experiments.report.FigureStyle.WIDE);
        assertThat(Files.readString(tmp.resolve("a").resolve("lonely-fraction.svg"))).contains("<svg");
        assertThat(Files.readString(tmp.resolve("a").resolve("report.html"))).contains("holds")
                .contains("lonely-fraction.png").contains("equally-spaced (exact)");
        // per initializer: at initialization and after training
        assertThat(two.verdicts()).hasSize(2 * config.inits().size())
                .allSatisfy(v -> assertThat(v.evidence()).contains("lonely fraction"));
        // the exact curve is in the table: (1 − 1/(H − 1))^(N − 1) at H = 160, N = 10
        assertThat(one.summary().stat(Map.of("init", "equally-spaced (exact)", "ratio", "16.0"), "lonelyFraction")
                .mean()).isCloseTo(Math.pow(1 - 1.0 / 159, 9), org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void anInterruptedRunResumesWithoutRerunningCompletedTrials() throws IOException {
        Experiment<LonelinessConfig> experiment = loneliness();
        LonelinessConfig config = experiment.preset(Scale.QUICK);
        Path out = tmp.resolve("run");
        new Runner(PLUGINS, 2, (done, all) -> 0).run(experiment, config, 3, out);
        byte[] summary = Files.readAllBytes(out.resolve("summary.csv"));
        // as if stopped after some trials: later results and the final tables missing
        for (int t = 5; t < config.trials(); t++) {
            Files.delete(out.resolve("trials").resolve(String.format("trial-%05d.json", t)));
        }
        Files.delete(out.resolve("summary.csv"));

        Runner.Outcome resumed = new Runner(PLUGINS, 2, (done, all) -> 0).run(experiment, config, 3, out);

        assertThat(resumed.trialsResumed()).isEqualTo(5);
        assertThat(resumed.trialsRun()).isEqualTo(config.trials() - 5);
        assertThat(Files.readAllBytes(out.resolve("summary.csv"))).isEqualTo(summary);
        assertThatThrownBy(() -> new Runner(PLUGINS, 1, (done, all) -> 0).run(experiment, config, 4, out))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("another experiment, seed or config");
    }

    @Test
    void trialsWithUnmeasurableMetricsResumeAndStayOutOfTheMeans() throws IOException {
        Experiment<LonelinessConfig> nanEvery = new Experiment<>("nan-test", "NaN in odd trials",
                LonelinessConfig.class, loneliness().preset(Scale.QUICK), loneliness().preset(Scale.QUICK)) {
            @Override
            public int trials(LonelinessConfig config) {
                return 4;
            }

            @Override
            public List<Row> trial(LonelinessConfig config, int trial, java.util.random.RandomGenerator random,
                    PluginRegistry plugins) {
                return List.of(new Row(Map.of("cell", "a"), Map.of("value", trial % 2 == 1 ? Double.NaN : trial)));
            }
        };
        Path out = tmp.resolve("nan");
        LonelinessConfig config = nanEvery.preset(Scale.QUICK);
        Runner.Outcome first = new Runner(PLUGINS, 1, (done, all) -> 0).run(nanEvery, config, 1, out);
        Runner.Outcome again = new Runner(PLUGINS, 1, (done, all) -> 0).run(nanEvery, config, 1, out);
        Summary.Stat stat = again.summary().stat(Map.of("cell", "a"), "value");
        assertThat(again.trialsResumed()).isEqualTo(4);
        assertThat(stat.count()).isEqualTo(2);
        assertThat(stat.mean()).isEqualTo(1.0);
        assertThat(first.summary()).isEqualTo(again.summary());
    }

    @Test
    void aResumeRefusesATrialFileOfAnotherSeed() throws IOException {
        Experiment<LonelinessConfig> experiment = loneliness();
        LonelinessConfig config = experiment.configure(Scale.QUICK, Map.of("trials", 3)).config();
        Path mine = tmp.resolve("seed-2");
        Path other = tmp.resolve("seed-5");
        new Runner(PLUGINS, 1, (done, all) -> 0).run(experiment, config, 2, mine);
        new Runner(PLUGINS, 1, (done, all) -> 0).run(experiment, config, 5, other);
        Path trial = Path.of("trials", "trial-00001.json");
        assertThat(Files.readString(mine.resolve(trial))).isNotEqualTo(Files.readString(other.resolve(trial)));
        Files.copy(other.resolve(trial), mine.resolve(trial), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> new Runner(PLUGINS, 1, (done, all) -> 0).run(experiment, config, 2, mine))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(mine.resolve(trial) + ": the result of another run (its config.yaml had another seed or"
                        + " config); delete it, or choose another --out, to run this trial");
    }

    @Test
    void twoRunsIntoOneDirectoryNeverMix() throws Exception {
        Experiment<LonelinessConfig> experiment = loneliness();
        LonelinessConfig config = experiment.configure(Scale.QUICK, Map.of("trials", 4)).config();
        Path out = tmp.resolve("shared");
        Files.createDirectories(out);
        try (DirectoryLock held = DirectoryLock.acquire(out)) {
            assertThatThrownBy(() -> new Runner(PLUGINS, 1, (done, all) -> 0).run(experiment, config, 0, out))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("another run or sweep is writing this directory");
        }
        assertThat(out.resolve("config.yaml")).doesNotExist();

        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<Runner.Outcome>> runs = new java.util.ArrayList<>();
        for (long seed : new long[] {0, 1}) {
            runs.add(two.submit(() -> new Runner(PLUGINS, 1, (done, all) -> 0).run(experiment, config, seed, out)));
        }
        List<Long> won = new java.util.ArrayList<>();
        for (int k = 0; k < 2; k++) {
            try {
                runs.get(k).get();
                won.add((long) k);
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
            }
        }
        two.shutdown();
        assertThat(won).as("one run writes the directory, the other is refused").hasSize(1);
        Path clean = tmp.resolve("clean");
        new Runner(PLUGINS, 1, (done, all) -> 0).run(experiment, config, won.get(0), clean);
        for (String file : List.of("config.yaml", "trials.csv", "summary.csv")) {
            assertThat(Files.readString(out.resolve(file))).as(file).isEqualTo(Files.readString(clean.resolve(file)));
        }
    }

    @Test
    void aCorruptTrialFileIsNamedInOneLine() throws IOException {
        Experiment<LonelinessConfig> experiment = loneliness();
        LonelinessConfig config = experiment.configure(Scale.QUICK, Map.of("trials", 3)).config();
        Path out = tmp.resolve("corrupt");
        new Runner(PLUGINS, 1, (done, all) -> 0).run(experiment, config, 2, out);
        Path second = out.resolve("trials").resolve("trial-00001.json");
        for (String content : List.of("{}", "null", "{\"trial\": 1, \"rows\": [{}]}", "{\"trial\": 1, \"rows\": [")) {
            Files.writeString(second, content);
            assertThatThrownBy(() -> new Runner(PLUGINS, 1, (done, all) -> 0).run(experiment, config, 2, out))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("trial-00001.json")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void aFailingTrialReachesTheCallerAsItsOwnException() {
        ProbeExperiment probe = new ProbeExperiment();
        ProbeExperiment.Config failing = new ProbeExperiment.Config(2, 0.1, "he-normal", 3, 1);
        for (int threads : new int[] {1, 2}) {
            assertThatThrownBy(() -> new Runner(PLUGINS, threads, (done, all) -> 0).run(probe, failing, 0,
                    tmp.resolve("failing-" + threads))).isInstanceOf(IllegalStateException.class)
                    .hasMessage("probe trial 1 fails on purpose");
        }
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(Runner.csv("he-normal")).isEqualTo("he-normal");
        assertThat(Runner.csv("a,b")).isEqualTo("\"a,b\"");
        assertThat(Runner.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void badConfigsNameTheKeyBeforeAnyWork() {
        Experiment<LonelinessConfig> experiment = loneliness();
        assertThatThrownBy(() -> experiment.configure(Scale.QUICK, Map.of("dataPointz", 5)))
                .hasMessageContaining("dataPointz");
        assertThatThrownBy(() -> experiment.configure(Scale.QUICK, Map.of("trials", "many")))
                .hasMessageContaining("key 'trials': expected int, got 'many'");
        assertThatThrownBy(() -> experiment.configure(Scale.QUICK, Map.of("inits", List.of("flat", "flat"))))
                .hasMessageContaining("repeated");
        LonelinessConfig unknownInit = experiment.configure(Scale.QUICK, Map.of("inits", List.of("nope"))).config();
        Path out = tmp.resolve("never");
        assertThatThrownBy(() -> new Runner(PLUGINS, 1, (done, all) -> 0).run(experiment, unknownInit, 1, out))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("inits").hasMessageContaining("nope");
        assertThat(out).doesNotExist();
    }
}
