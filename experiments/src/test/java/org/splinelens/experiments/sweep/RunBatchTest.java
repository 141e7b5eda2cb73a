package org.splinelens.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.provenance.Invocation;
import org.splinelens.experiments.runner.ConfiguredExperiment;
import org.splinelens.experiments.runner.ExperimentPlugin;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.Scale;

/** A batch of runs on one pool of cells writes what each run alone writes. */
class RunBatchTest {
    private static final PluginRegistry PLUGINS = PluginRegistry.discover(RunBatchTest.class.getClassLoader());

    @TempDir
    Path tmp;

    private static ConfiguredExperiment<?> quick(String name) {
        return PLUGINS.plugin(ExperimentPlugin.class, name).configure(Scale.QUICK, Map.of());
    }

    @Test
    void aBatchWritesTheSameFilesAsLoneRuns() throws IOException {
        List<String> names = List.of("loneliness", "uniform-breakpoint-init");
        for (String name : names) {
            new Runner(PLUGINS, 2, (done, all) -> 0).run(quick(name), 3, tmp.resolve("alone").resolve(name));
        }
        List<Runner.Outcome> outcomes = new RunBatch(PLUGINS, new LocalCellEngine(2), 2, (done, all) -> 0,
                Invocation.library()).run(names.stream().map(n -> new RunBatch.Entry(quick(n),
                tmp.resolve("batch").resolve(n))).toList(), 3);
        for (int e = 0; e < names.size(); e++) {
            Path alone = tmp.resolve("alone").resolve(names.get(e));
            Path batch = tmp.resolve("batch").resolve(names.get(e));
            for (String file : List.of("config.yaml", "trials.csv", "summary.csv", "summary.json")) {
                assertThat(Files.readString(batch.resolve(file))).as(names.get(e) + " " + file)
                        .isEqualTo(Files.readString(alone.resolve(file)));
            }
            assertThat(outcomes.get(e).trialsRun()).isEqualTo(quick(names.get(e)).trials());
            assertThat(outcomes.get(e).trialsResumed()).isZero();
            // the run's time covers its trials, computed by the engine before the run was completed
            Instant started = Instant.parse(new ObjectMapper().readTree(batch.resolve("provenance.json").toFile())
                    .get("started").asText());
            try (Stream<Path> trials = Files.list(batch.resolve("trials"))) {
                for (Path trial : trials.toList()) {
                    assertThat(started).as(trial.toString()).isBeforeOrEqualTo(
                            Files.getLastModifiedTime(trial).toInstant());
                }
            }
        }
    }
}
