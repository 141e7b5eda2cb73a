package org.splinelens.experiments.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.plugin.ConfigBinding;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.provenance.FileDigests;
import org.splinelens.core.provenance.Invocation;
import org.splinelens.experiments.loneliness.LonelinessConfig;
import org.splinelens.experiments.loneliness.LonelinessExperiment;

/** A run's {@code provenance.json} keeps the fields older readers know and adds the invocation and the platform. */
class RunnerProvenanceTest {
    private static final PluginRegistry PLUGINS = PluginRegistry.discover(RunnerProvenanceTest.class.getClassLoader());
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Experiment<LonelinessConfig> loneliness() {
        return new LonelinessExperiment();
    }

    @Test
    void provenanceHoldsTheOldFieldsAndTheInvocation() throws IOException {
        Experiment<LonelinessConfig> experiment = loneliness();
        LonelinessConfig config = experiment.configure(Scale.QUICK, Map.of("trials", 3)).config();
        Path yaml = Files.writeString(tmp.resolve("fig11.yaml"), "experiment: loneliness\n");
        Invocation invocation = Invocation.of("run", List.of(yaml.toString(), "--seed", "5"), List.of(yaml));
        Path out = tmp.resolve("run");
        new Runner(PLUGINS, 2, (done, all) -> 0, invocation).run(experiment, config, 5, out);

        JsonNode root = JSON.readTree(out.resolve("provenance.json").toFile());
        for (String old : List.of("experiment", "config", "seed", "version", "gitCommit", "cores", "threads",
                "trialsRun", "trialsResumed", "started", "finished", "seconds")) {
            assertThat(root.has(old)).as(old).isTrue();
        }
        assertThat(root.get("experiment").asText()).isEqualTo("loneliness");
        assertThat(JSON.convertValue(root.get("config"), Map.class)).isEqualTo(ConfigBinding.keys(config));
        assertThat(root.get("seed").asLong()).isEqualTo(5);
        assertThat(root.get("threads").asInt()).isEqualTo(2);
        assertThat(root.get("trialsRun").asInt()).isEqualTo(3);
        assertThat(root.get("trialsResumed").asInt()).isZero();
        assertThat(root.get("command").asText()).isEqualTo("run");
        assertThat(root.get("arguments").get(2).asText()).isEqualTo("5");
        assertThat(root.get("inputs").get(yaml.toString()).asText()).isEqualTo(FileDigests.sha256(yaml));
        assertThat(root.get("javaVersion").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(root.get("osArch").asText()).isEqualTo(System.getProperty("os.arch"));
        List<String> modules = JSON.convertValue(root.get("pluginModules"),
                JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        assertThat(modules).isEqualTo(PLUGINS.modules());
    }

    @Test
    void aRunFromJavaCodeSaysSo() throws IOException {
        Experiment<LonelinessConfig> experiment = loneliness();
        LonelinessConfig config = experiment.configure(Scale.QUICK, Map.of("trials", 2)).config();
        Path out = tmp.resolve("library");
        new Runner(PLUGINS, 1, (done, all) -> 0).run(experiment, config, 1, out);
        JsonNode root = JSON.readTree(out.resolve("provenance.json").toFile());
        assertThat(root.get("command").asText()).isEqualTo(Invocation.LIBRARY);
        assertThat(root.get("inputs")).isEmpty();
    }
}
