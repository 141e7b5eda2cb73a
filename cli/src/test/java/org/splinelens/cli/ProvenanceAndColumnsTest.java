package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train}, {@code movie} and {@code fit} record their provenance; data files are read by column name. */
class ProvenanceAndColumnsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** The same points as {@link #plain}, among other columns in another order and under other names. */
    private Path wide() throws IOException {
        return Files.writeString(tmp.resolve("wide.csv"), "id,target,note,input\n"
                + "0,0.5,a,-1\n1,0.1,b,-0.5\n2,0.0,c,0\n3,0.2,d,0.5\n4,0.9,e,1\n5,1.9,f,1.5\n");
    }

    private Path plain() throws IOException {
        return Files.writeString(tmp.resolve("plain.csv"), "x,y\n-1,0.5\n-0.5,0.1\n0,0.0\n0.5,0.2\n1,0.9\n1.5,1.9\n");
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void namedColumnsReadTheSameDataAsAnXyFile() throws IOException {
        CliRun wide = CliRun.run("fit", "--method", "dp", "--pieces", "2", "--data", wide().toString(),
                "--x-column", "input", "--y-column", "target", "--json");
        CliRun plain = CliRun.run("fit", "--method", "dp", "--pieces", "2", "--data", plain().toString(), "--json");
        assertThat(wide.code()).as(wide.err()).isZero();
        assertThat(wide.out()).isEqualTo(plain.out());
        CliRun missing = CliRun.run("fit", "--method", "dp", "--data", wide().toString(), "--y-column", "target");
        assertThat(missing.code()).isEqualTo(SplinelensCommand.BAD_INPUT);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("wide.csv").contains("'x'");
    }

    @Test
    void trainRecordsItsCommandInputsSettingsAndPlatform() throws Exception {
        Path data = wide();
        Path out = tmp.resolve("train");
        CliRun train = CliRun.run("train", "--data", data.toString(), "--x-column", "input", "--y-column", "target",
                "--width", "4", "--optimizer", "adam", "--set", "beta1=0.8", "--epochs", "20", "--seed", "3",
                "--out", out.toString());
        assertThat(train.code()).as(train.err()).isZero();
        JsonNode p = JSON.readTree(out.resolve("provenance.json").toFile());
        assertThat(p.get("command").asText()).isEqualTo("train");
        assertThat(p.get("arguments").get(0).asText()).isEqualTo("--data");
        assertThat(p.get("arguments").toString()).contains("beta1=0.8");
        assertThat(p.get("inputs").get(data.toString()).asText()).isEqualTo(sha256(data));
        assertThat(p.get("seed").asLong()).isEqualTo(3);
        assertThat(p.get("config").get("epochs").asInt()).isEqualTo(20);
        assertThat(p.get("config").get("optimizerSettings").get("beta1").asDouble()).isEqualTo(0.8);
        assertThat(p.get("config").get("optimizerSettings").has("beta2")).as("defaults are resolved").isTrue();
        assertThat(p.get("config").get("initializerSettings").has("alpha")).isTrue();
        assertThat(p.get("javaVersion").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(p.get("osArch").asText()).isEqualTo(System.getProperty("os.arch"));
        assertThat(p.get("pluginModules").toString()).contains("org.splinelens.dynamics.DynamicsModule");
        assertThat(p.get("epochs").asInt()).isEqualTo(20);
    }

    @Test
    void movieAndFitWriteProvenanceBesideTheirFiles() throws Exception {
        Path movie = tmp.resolve("movie");
        CliRun run = CliRun.run("movie", "--target", "sin", "--width", "5", "--epochs", "40", "--observe-every", "20",
                "--out", movie.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(JSON.readTree(movie.resolve("provenance.json").toFile()).get("command").asText())
                .isEqualTo("movie");
        Path data = plain();
        Path fit = tmp.resolve("fit");
        CliRun json = CliRun.run("fit", "--method", "linear", "--data", data.toString(), "--json");
        CliRun saved = CliRun.run("fit", "--method", "linear", "--data", data.toString(), "--out", fit.toString());
        assertThat(saved.code()).as(saved.err()).isZero();
        assertThat(JSON.readTree(fit.resolve("fit.json").toFile())).isEqualTo(JSON.readTree(json.out()));
        JsonNode p = JSON.readTree(fit.resolve("provenance.json").toFile());
        assertThat(p.get("inputs").get(data.toString()).asText()).isEqualTo(sha256(data));
        assertThat(p.get("config").get("method").asText()).isEqualTo("linear");
    }

    @Test
    void anOutThatIsAFileOrEmptyIsRefusedAndTheFileKept() throws IOException {
        Path file = Files.writeString(tmp.resolve("precious.txt"), "keep me");
        Path data = plain();
        CliRun.assertBadInput(
                new String[] {"fit", "--method", "linear", "--data", data.toString(), "--out", file.toString()},
                new String[] {"train", "--target", "sin", "--width", "3", "--epochs", "5", "--out", file.toString()},
                new String[] {"fit", "--method", "linear", "--data", data.toString(), "--out", ""},
                new String[] {"train", "--target", "sin", "--width", "3", "--epochs", "5", "--out",
                    file.resolve("below").toString()},
                new String[] {"train", "--target", "sin", "--width", "3", "--epochs", "5", "--out", "/proc/no/such"},
                new String[] {"movie", "--target", "sin", "--width", "3", "--epochs", "5", "--out", "/proc/x"});
        assertThat(Files.readString(file)).isEqualTo("keep me");
        assertThat(CliRun.run("train", "--target", "sin", "--width", "3", "--epochs", "5", "--out", "/proc/x").err())
                .startsWith("splinelens: --out /proc/x: cannot write in /proc (no such file or directory)");
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("the writability probe leaves nothing")
                    .noneMatch(name -> name.startsWith(".splinelens-out-check-"));
        }
    }
}
