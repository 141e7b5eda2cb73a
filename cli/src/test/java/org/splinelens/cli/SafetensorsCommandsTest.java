package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.splinelens.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.io.NetworkJson;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * PyTorch interchange on the command line: every {@code --net} and {@code --from} reads safetensors, {@code export}
 * writes it, and {@code init} writes the start {@code train} draws. Bad files are one line and exit 2, and write
 * nothing.
 */
class SafetensorsCommandsTest {
    /** Written by PyTorch: core/src/test/resources/safetensors/generate.py. */
    private static final Path FIXTURES = Path.of("..", "core", "src", "test", "resources", "safetensors");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static String fixture(String name) {
        return FIXTURES.resolve(name + ".safetensors").toString();
    }

    private static String ok(String... args) {
        CliRun result = run(args);
        assertThat(result.code()).as(String.join(" ", args) + ": " + result.err()).isZero();
        assertThat(result.err()).isEmpty();
        return result.out();
    }

    private static double[] evalJson(String net, String grid) throws IOException {
        JsonNode y = JSON.readTree(ok("eval", "--net", net, "--grid", grid, "--json")).get("y");
        double[] values = new double[y.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = y.get(i).doubleValue();
        }
        return values;
    }

    @Test
    void evalOfAPyTorchFileGivesPyTorchsOutputs() throws IOException {
        // deep-f64.csv: x, PyTorch's float64 outputs (twice) on -3:3:0.25
        List<String> lines = Files.readAllLines(FIXTURES.resolve("deep-f64.csv"));
        double[] ours = evalJson(fixture("deep-f64"), "-3:3:0.25");
        assertThat(ours).hasSize(lines.size() - 1);
        for (int i = 0; i < ours.length; i++) {
            double torch = Double.parseDouble(lines.get(i + 1).split(",")[2]);
            assertThat(ours[i]).as(lines.get(i + 1)).isCloseTo(torch, org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(ok("convert", "--net", fixture("shallow-f32"), "--to", "bdso", "--json")).contains("breakpoints");
        assertThat(ok("breakpoints", "--net", fixture("named-f32"), "--domain", "-3,3", "--json")).contains("active");
        Path out = tmp.resolve("run");
        ok("train", "--from", fixture("module-f32"), "--target", "sin", "--epochs", "2", "--out", out.toString());
        assertThat(out.resolve("final-net.json")).exists();
    }

    @Test
    void badFilesAreOneLineNamingTheFileAndExitTwo() throws IOException {
        Path truncated = tmp.resolve("truncated.safetensors");
        byte[] good = Files.readAllBytes(FIXTURES.resolve("shallow-f32.safetensors"));
        Files.write(truncated, java.util.Arrays.copyOf(good, good.length - 3));
        String[][] cases = {
            {"eval", "--net", fixture("bad-input-2d"), "--grid", "0:1:0.5"},
            {"eval", "--net", fixture("bad-nan"), "--grid", "0:1:0.5"},
            {"eval", "--net", fixture("bad-conv"), "--grid", "0:1:0.5"},
            {"eval", "--net", truncated.toString(), "--grid", "0:1:0.5"},
            {"train", "--from", fixture("bad-chain"), "--target", "sin", "--epochs", "1"},
        };
        CliRun.assertBadInput(cases);
        for (String[] args : cases) {
            assertThat(run(args).err()).startsWith("splinelens: " + args[2] + ": ");
        }
        assertThat(run(cases[0]).err().strip()).endsWith("the first layer takes 2 inputs, but a splinelens network is"
                + " univariate (Linear(1, H))");
    }

    @Test
    void exportWritesNothingWhenItsInputIsBad() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("out"));
        String to = dir.resolve("model.safetensors").toString();
        String big = Files.writeString(tmp.resolve("big.json"), "{\"type\":\"shallow\",\"w\":[1e300],\"b\":[0],"
                + "\"v\":[1],\"b0\":0}").toString();
        CliRun.assertBadInput(
                new String[] {"export", "--net", fixture("bad-conv"), "--to", to},
                new String[] {"export", "--net", fixture("bad-batchnorm"), "--to", to},
                new String[] {"export", "--net", big, "--to", to},
                new String[] {"export", "--net", "../examples/shallow.json", "--to", dir.resolve("m.pt").toString()},
                new String[] {"export", "--net", "../examples/shallow.json", "--to", to, "--dtype", "f16"},
                new String[] {"export", "--net", "../examples/shallow.json", "--to", dir.resolve("m.json").toString(),
                    "--dtype", "f64"},
                new String[] {"export", "--net", "../examples/shallow.json", "--to", dir.toString()});
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(run("export", "--net", big, "--to", to).err()).contains("is beyond the range of F32");
    }

    @Test
    void exportRoundTripsExactlyInF64AndRoundsToFloatInF32() throws IOException {
        String deep = "../examples/deep.json";
        Path f64 = tmp.resolve("deep64.safetensors");
        Path back = tmp.resolve("back.json");
        ok("export", "--net", deep, "--to", f64.toString(), "--dtype", "f64");
        ok("export", "--net", f64.toString(), "--to", back.toString());
        assertThat(NetworkJson.read(back)).isEqualTo(NetworkJson.read(Path.of(deep)));
        Path f32 = tmp.resolve("deep32.safetensors");
        ok("export", "--net", deep, "--to", f32.toString());
        assertThat(Files.size(f32)).isLessThan(Files.size(f64));
        // examples/deep.json's weights are binary fractions except -0.1, 0.2 and 0.3: f32 rounds those
        assertThat(evalJson(f32.toString(), "-1:1:0.5")).isNotEqualTo(evalJson(deep, "-1:1:0.5"));
        assertThat(evalJson(f64.toString(), "-1:1:0.5")).isEqualTo(evalJson(deep, "-1:1:0.5"));
    }

    @Test
    void initToSafetensorsThenEvalEqualsInitToJsonThenEval() throws IOException {
        for (String[] shape : new String[][] {{"--width", "7"}, {"--widths", "4,3,2"}}) {
            Path json = tmp.resolve("net.json");
            Path f64 = tmp.resolve("net64.safetensors");
            Path f32 = tmp.resolve("net32.safetensors");
            String[] common = {"init", "--init", "gaussian", "--set", "sigmaW=2", shape[0], shape[1], "--seed", "9"};
            ok(concat(common, "--out", json.toString()));
            ok(concat(common, "--out", f64.toString(), "--dtype", "f64"));
            ok(concat(common, "--out", f32.toString()));
            assertThat(evalJson(f64.toString(), "-2:2:0.125")).isEqualTo(evalJson(json.toString(), "-2:2:0.125"));
            // f32: the JSON net with every parameter rounded to float
            DeepNetwork drawn = NetworkJson.read(json).asDeep();
            double[] theta = drawn.parameters();
            for (int k = 0; k < theta.length; k++) {
                theta[k] = (float) theta[k];
            }
            Path rounded = tmp.resolve("rounded.json");
            NetworkJson.write(rounded, DeepNetwork.of(drawn.architecture(), theta));
            assertThat(evalJson(f32.toString(), "-2:2:0.125")).isEqualTo(evalJson(rounded.toString(), "-2:2:0.125"));
        }
    }

    @Test
    void initDrawsTheNetworkTrainStartsFrom() throws IOException {
        String data = "../examples/data.csv";
        String[][] draws = {
            {"--init", "he-normal", "--widths", "5,3", "--seed", "4"},
            {"--init", "gaussian", "--set", "sigmaW=2", "--alpha", "3", "--width", "6", "--seed", "11"},
            {"--init", "spiky", "--width", "6", "--seed", "5", "--data", data},
            {"--init", "uniform-breakpoints", "--width", "8", "--seed", "2", "--data", data},
        };
        for (String[] draw : draws) {
            Path init = tmp.resolve("init.json");
            // the same data for both: a draw is made in the data's standard units
            String[] withData = List.of(draw).contains("--data") ? draw : concat(draw, "--data", data);
            ok(concat(concat(new String[] {"init"}, withData), "--out", init.toString()));
            Path train = tmp.resolve("train-" + draw[1]);
            String[] trainArgs = concat(new String[] {"train"}, withData);
            ok(concat(trainArgs, "--epochs", "0", "--out", train.toString()));
            UnivariateNetwork start = NetworkJson.read(train.resolve("final-net.json"));
            assertThat(NetworkJson.read(init)).as(String.join(" ", draw)).isEqualTo(start);
        }
        // a different seed draws a different net: the comparison above can fail
        Path other = tmp.resolve("other.json");
        ok("init", "--init", "he-normal", "--widths", "5,3", "--seed", "5", "--out", other.toString());
        ok("init", "--init", "he-normal", "--widths", "5,3", "--seed", "4", "--out", tmp.resolve("x.json").toString());
        assertThat(NetworkJson.read(other)).isNotEqualTo(NetworkJson.read(tmp.resolve("x.json")));
    }

    @Test
    void initRefusesBadOptionsBeforeWriting() {
        String out = tmp.resolve("n.safetensors").toString();
        CliRun.assertBadInput(
                new String[] {"init", "--init", "spiky", "--width", "6", "--out", out},
                new String[] {"init", "--init", "nope", "--width", "6", "--out", out},
                new String[] {"init", "--init", "gaussian", "--width", "6", "--set", "sigmaQ=1", "--out", out},
                new String[] {"init", "--init", "gaussian", "--width", "6", "--alpha", "2", "--set", "alpha=2",
                    "--out", out},
                new String[] {"init", "--init", "gaussian", "--out", out},
                new String[] {"init", "--init", "gaussian", "--width", "6", "--out", tmp.resolve("n.txt").toString()});
        assertThat(tmp.resolve("n.safetensors")).doesNotExist();
    }

    @Test
    void listAndHelpShowTheCommands() {
        assertThat(ok("list")).contains("export", "init ");
        assertThat(ok("export", "--help")).contains("--to", "--dtype");
        assertThat(ok("init", "--help")).contains("--init", "--widths", "--out", "--dtype");
    }

    private static String[] concat(String[] head, String... tail) {
        return Stream.concat(Stream.of(head), Stream.of(tail)).toArray(String[]::new);
    }
}
