package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.splinelens.cli.CliRun.assertBadInput;
import static org.splinelens.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.io.NetworkJson;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.core.testing.Sawtooth;

/**
 * Hardening, the size of the network: valid but large nets either work in time about linear in their size or are
 * refused in one line, before the work starts, naming the size and the option that raises the limit. Refusals are
 * triggered with small {@code --max-…} values rather than giant inputs; the wide nets are made here.
 */
class NetworkSizeTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path tmp;

    /** A shallow net of {@code h} Gaussian units, written as compact JSON (the file format, without indentation). */
    private static Path wideNet(Path file, int h, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder w = new StringBuilder();
        StringBuilder b = new StringBuilder();
        StringBuilder v = new StringBuilder();
        for (int i = 0; i < h; i++) {
            String sep = i == 0 ? "" : ",";
            w.append(sep).append(random.nextGaussian());
            b.append(sep).append(random.nextGaussian());
            v.append(sep).append(random.nextGaussian() / h);
        }
        Files.writeString(file, "{\"type\":\"shallow\",\"w\":[" + w + "],\"b\":[" + b + "],\"v\":[" + v
                + "],\"b0\":0.5}");
        return file;
    }

    @Test
    void breakpointsOfAMillionUnitShallowNetAreOneSort() throws IOException {
        Path net = wideNet(tmp.resolve("wide.json"), 1_000_000, 18);
        CliRun result = run("breakpoints", "--net", net.toString());
        assertThat(result.code()).as(result.err()).isZero();
        // independently: the distinct β = −b/w of the net as read back, every unit a kink (Gaussian weights)
        ShallowNetwork read = (ShallowNetwork) NetworkJson.read(net);
        long distinct = Arrays.stream(betas(read)).distinct().count();
        List<String> lines = result.out().lines().toList();
        // the counts, a header, the leftmost breakpoints, how many more, the pieces: a listing bounded in the width
        assertThat(lines).hasSize(BreakpointListing.SHOWN + 4);
        assertThat(lines.get(0)).isEqualTo("layer 1: 1000000 breakpoints, " + distinct + " active");
        assertThat(lines.get(2).strip()).startsWith(String.format(Locale.ROOT, "%.6g ",
                Arrays.stream(betas(read)).min().orElseThrow()));
        assertThat(lines.get(lines.size() - 2)).isEqualTo("  … " + (1_000_000 - BreakpointListing.SHOWN)
                + " more; --json for all");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("pieces: " + (distinct + 1));
    }

    @Test
    void trainingFromAWideNetIsLinearInItsWidth() throws IOException {
        Path net = wideNet(tmp.resolve("wide.json"), 100_000, 7);
        Path out = tmp.resolve("run");
        CliRun result = run("train", "--from", net.toString(), "--data", EXAMPLES.resolve("data.csv").toString(),
                "--epochs", "2", "--lr", "1e-9", "--out", out.toString());
        assertThat(result.code()).as(result.err()).isZero();
        // breakpoints.csv, streamed to the file: a header and a row a unit for each of the 2 observations (0 and 2)
        try (var lines = Files.lines(out.resolve("breakpoints.csv"))) {
            assertThat(lines.count()).isEqualTo(1 + 2 * 100_000);
        }
    }

    @Test
    void deepNetsBeyondMaxPiecesAreRefusedNamingTheLayerAndTheOption() throws IOException {
        // the sawtooth of 30 layers has 2^30 + 2 pieces; 2^10 are passed within a dozen layers
        Path saw = tmp.resolve("saw30.json");
        NetworkJson.write(saw, Sawtooth.of(30));
        String data = EXAMPLES.resolve("data.csv").toString();
        String[][] refused = {
            {"breakpoints", "--net", saw.toString(), "--max-pieces", "1024"},
            {"convert", "--net", saw.toString(), "--to", "pwl", "--max-pieces", "1024"},
            {"train", "--from", saw.toString(), "--data", data, "--epochs", "1", "--max-pieces", "1024"},
            {"breakpoints", "--net", saw.toString(), "--max-pieces", "0"},
        };
        assertBadInput(refused);
        assertThat(run(refused[0]).err()).startsWith("splinelens: breakpoints --net " + saw + ": ")
                .contains(" pieces or more by hidden layer ").contains(" of 30, more than the limit of 1,024")
                .endsWith("(--max-pieces raises it)" + System.lineSeparator());
        assertThat(run(refused[2]).err()).startsWith("splinelens: train: the breakpoints at epoch 0: ");

        // within the limit, the exact count: 2^8 pieces on [0, 1] and the two constant rays
        Path small = tmp.resolve("saw8.json");
        NetworkJson.write(small, Sawtooth.of(8));
        CliRun result = run("breakpoints", "--net", small.toString(), "--max-pieces", "1024");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).endsWith("pieces: 258" + System.lineSeparator());
    }

    @Test
    void evalRefusesGridsBeyondMaxPointsAndStreamsTheRest() throws IOException {
        String net = EXAMPLES.resolve("shallow.json").toString();
        assertBadInput(new String[] {"eval", "--net", net, "--grid", "0:1:1e-4", "--max-points", "10000"},
                new String[] {"eval", "--net", net, "--grid", "0:1:0.5", "--max-points", "0"});
        assertThat(run("eval", "--net", net, "--grid", "0:1:1e-4", "--max-points", "10000").err())
                .isEqualTo("splinelens: --grid 0:1:1e-4: 10,001 grid points, more than the limit of 10,000"
                        + " (--max-points raises it)" + System.lineSeparator());

        // 10,001 points: more than one block of the streamed evaluation; each y is the network's own value
        UnivariateNetwork network = NetworkJson.read(Path.of(net));
        CliRun json = run("eval", "--net", net, "--grid", "0:1:1e-4", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode node = new ObjectMapper().readTree(json.out());
        assertThat(node.get("x").size()).isEqualTo(10_001);
        CliRun csv = run("eval", "--net", net, "--grid", "0:1:1e-4");
        String[] rows = csv.out().split("\n");
        assertThat(rows).hasSize(10_002);
        assertThat(rows[0]).isEqualTo("x,y");
        for (int k = 0; k <= 10_000; k++) {
            double x = k == 10_000 ? 1.0 : k * 1e-4;
            assertThat(node.get("x").get(k).asDouble()).isEqualTo(x);
            assertThat(node.get("y").get(k).asDouble()).isEqualTo(network.value(x));
            assertThat(rows[k + 1]).isEqualTo(x + "," + network.value(x));
        }
    }

    @Test
    void trainingShapesBeyondOneArrayOrTheHeapAreRefusedBeforeAllocating() {
        assertBadInput(
                new String[] {"train", "--widths", "50000,50000", "--target", "sin", "--epochs", "1"},
                new String[] {"train", "--width", "2000000000", "--target", "sin", "--epochs", "1"},
                // 2.1e9 parameters fit in an array, but eight vectors of them need 134 GB
                new String[] {"train", "--width", "700000000", "--target", "sin", "--epochs", "1"},
                // a thousand units observed two billion times
                new String[] {"train", "--width", "1000", "--target", "sin", "--epochs", "2000000000",
                    "--observe-every", "1"},
                new String[] {"movie", "--widths", "100000,100000", "--target", "sin", "--epochs", "1", "--out",
                    tmp.resolve("movie").toString()});
        assertThat(run("train", "--widths", "50000,50000", "--target", "sin", "--epochs", "1").err())
                .isEqualTo("splinelens: --widths 50000,50000: 2,500,200,001 parameters, more than one Java array"
                        + " holds (2,147,483,639)" + System.lineSeparator());
        assertThat(run("train", "--width", "700000000", "--target", "sin", "--epochs", "1").err())
                .startsWith("splinelens: --width 700000000 (2,100,000,001 parameters): needs about 125 GB of memory");
        assertThat(run("train", "--width", "1000", "--target", "sin", "--epochs", "2000000000", "--observe-every",
                "1").err()).startsWith("splinelens: --width 1000 observed 2,000,000,002 times (--epochs 2000000000,"
                        + " --observe-every 1): needs about");
        assertThat(Files.exists(tmp.resolve("movie"))).isFalse();
    }

    @Test
    void hessiansBeyondTheHeapOrMaxParametersAreRefusedBeforeAllocating() throws IOException {
        String data = EXAMPLES.resolve("data.csv").toString();
        // 100,000 units: a 300,001² Hessian, 720 GB at 8 bytes an entry, three of them
        Path wide = wideNet(tmp.resolve("wide.json"), 100_000, 3);
        // 2,000 units: 6,001 parameters, a Hessian that fits but is over the default limit of 5,000
        Path medium = wideNet(tmp.resolve("medium.json"), 2_000, 4);
        String shallow = EXAMPLES.resolve("shallow.json").toString();
        assertBadInput(
                new String[] {"hessian", "--net", wide.toString(), "--data", data},
                new String[] {"hessian", "--net", medium.toString(), "--data", data},
                new String[] {"hessian", "--net", shallow, "--data", data, "--max-parameters", "3"},
                new String[] {"hessian", "--net", shallow, "--data", data, "--max-parameters", "0"});
        assertThat(run("hessian", "--net", wide.toString(), "--data", data).err())
                .startsWith("splinelens: hessian --net " + wide + " (300,001 parameters): needs about 2.0 TB");
        assertThat(run("hessian", "--net", medium.toString(), "--data", data).err())
                .isEqualTo("splinelens: hessian --net " + medium + ": 6,001 parameters, more than the limit of 5,000"
                        + " (--max-parameters raises it)" + System.lineSeparator());
        assertThat(run("hessian", "--net", shallow, "--data", data).code()).isZero();
    }

    @Test
    void criticalOnAWideNetListsPatternClassesNotPairs() throws IOException {
        int h = 100_000;
        Path net = wideNet(tmp.resolve("wide.json"), h, 5);
        CliRun result = run("critical", "--net", net.toString(), "--data", EXAMPLES.resolve("data.csv").toString(),
                "--json");
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode node = new ObjectMapper().readTree(result.out());
        ShallowNetwork read = (ShallowNetwork) NetworkJson.read(net);
        assertThat(node.get("pieces").size()).isEqualTo((int) Arrays.stream(betas(read)).distinct().count() + 1);
        // six points: at most 2 · 6 + 2 patterns, so the units fall into a few classes that hold them all
        JsonNode classes = node.get("degeneracies").get("sharedPatterns");
        assertThat(classes.size()).isLessThanOrEqualTo(14);
        int units = 0;
        for (JsonNode units1 : classes) {
            units += units1.size();
        }
        assertThat(units).isGreaterThan(h - 14);
    }

    private static double[] betas(ShallowNetwork net) {
        double[] beta = new double[net.width()];
        for (int i = 0; i < beta.length; i++) {
            beta[i] = -net.b(i) / net.w(i);
        }
        Arrays.sort(beta);
        return beta;
    }
}
