package org.splinelens.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.io.InvalidInputException;

class ProvenanceJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path tmp;

    private Provenance sample(Path input) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("epochs", 100);
        config.put("optimizer", "adam");
        config.put("unset", null);
        return Provenance.builder(Invocation.of("train", List.of("--data", input.toString()), List.of(input)),
                List.of("org.example.AModule")).started(START).config(config).seed(42).detail("experiment", "demo")
                .finish(START.plusMillis(1500));
    }

    @Test
    void everyFieldIsWrittenUnderItsDocumentedName() throws IOException {
        Path input = Files.writeString(tmp.resolve("data.csv"), "abc");
        Path file = tmp.resolve("out").resolve("provenance.json");
        ProvenanceJson.write(file, sample(input));

        JsonNode root = JSON.readTree(file.toFile());
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrderElementsOf(
                Stream.concat(ProvenanceJson.FIELDS.stream(), Stream.of("experiment")).toList());
        assertThat(root.get("command").asText()).isEqualTo("train");
        assertThat(root.get("arguments").get(1).asText()).isEqualTo(input.toString());
        assertThat(root.get("experiment").asText()).isEqualTo("demo");
        assertThat(root.get("config").get("epochs").asInt()).isEqualTo(100);
        assertThat(root.get("config").has("unset")).isTrue();
        assertThat(root.get("seed").asLong()).isEqualTo(42);
        // FIPS 180-2 B.1: SHA-256("abc")
        assertThat(root.get("inputs").get(input.toString()).asText())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(root.get("javaVersion").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(root.get("javaVendor").asText()).isEqualTo(System.getProperty("java.vendor"));
        assertThat(root.get("osName").asText()).isEqualTo(System.getProperty("os.name"));
        assertThat(root.get("osVersion").asText()).isEqualTo(System.getProperty("os.version"));
        assertThat(root.get("osArch").asText()).isEqualTo(System.getProperty("os.arch"));
        assertThat(root.get("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(root.get("pluginModules").get(0).asText()).isEqualTo("org.example.AModule");
        assertThat(root.get("version").asText()).isEqualTo(Build.current().version());
        assertThat(root.get("gitCommit").isNull() ? null : root.get("gitCommit").asText())
                .isEqualTo(Build.current().gitCommit());
        assertThat(Instant.parse(root.get("started").asText())).isEqualTo(START);
        assertThat(Instant.parse(root.get("finished").asText())).isEqualTo(START.plusMillis(1500));
        assertThat(root.get("seconds").asDouble()).isEqualTo(1.5);
    }

    @Test
    void theWriteIsAtomicAndLeavesNoTemporaryFileBehind() throws IOException {
        Path input = Files.writeString(tmp.resolve("data.csv"), "abc");
        Path file = tmp.resolve("provenance.json");
        Files.writeString(file, "old");
        Provenance provenance = sample(input);
        ProvenanceJson.write(file, provenance);
        assertThat(Files.readString(file)).isEqualTo(ProvenanceJson.toJson(provenance));
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data.csv",
                    "provenance.json");
        }
    }

    @Test
    void withoutSeedOrCommandLineTheFieldsAreStillThere() throws IOException {
        Provenance provenance = Provenance.builder(Invocation.library(), List.of()).finish();
        JsonNode root = JSON.readTree(ProvenanceJson.toJson(provenance));
        assertThat(root.get("seed").isNull()).isTrue();
        assertThat(root.get("command").asText()).isEqualTo(Invocation.LIBRARY);
        assertThat(root.get("arguments")).isEmpty();
        assertThat(root.get("inputs")).isEmpty();
        assertThat(root.get("config")).isEmpty();
    }

    @Test
    void aMissingInputFailsInOneLineBeforeAnyWork() {
        Path missing = tmp.resolve("missing.csv");
        assertThatThrownBy(() -> Invocation.of("fit", List.of("--data", missing.toString()), List.of(missing)))
                .isInstanceOf(InvalidInputException.class).hasMessage(missing + ": no such file");
    }

    @Test
    void detailsMayNotShadowAField() {
        assertThatThrownBy(() -> Provenance.builder(Invocation.library(), List.of()).detail("seed", 3).finish())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'seed'");
        assertThatThrownBy(() -> Provenance.builder(Invocation.library(), List.of()).started(START)
                .finish(START.minusSeconds(1))).hasMessageContaining("before started");
    }
}
