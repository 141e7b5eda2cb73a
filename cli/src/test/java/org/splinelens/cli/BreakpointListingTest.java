package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code breakpoints} without --json lists each layer's breakpoints by position, bounded. */
class BreakpointListingTest {
    @TempDir
    Path tmp;

    private static String list(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(","));
    }

    private static String[] cells(String line) {
        return line.strip().split(" +");
    }

    @Test
    void aShallowNetsBreakpointsAreListedByPositionWithDeltaSlopeUnitAndOrientation() throws IOException {
        double[] w = {2, -1, 0.5};
        double[] b = {1, 3, -1};
        double[] v = {1.5, -2, 4};
        Path net = Files.writeString(tmp.resolve("net.json"), "{\"type\":\"shallow\",\"w\":[" + list(w) + "],\"b\":["
                + list(b) + "],\"v\":[" + list(v) + "],\"b0\":0}");
        CliRun run = CliRun.run("breakpoints", "--net", net.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("layer 1: 3 breakpoints, 3 active");
        assertThat(cells(lines.get(1))).containsExactly("breakpoint", "delta-slope", "unit", "s", "active");
        // β_i = −b_i / w_i: −0.5 (unit 0), 2 (unit 2), 3 (unit 1); the output's slope changes there by |w_i| v_i
        // (SRS Eq. 1), and s_i = sign w_i
        Integer[] byPosition = {0, 2, 1};
        for (int k = 0; k < 3; k++) {
            int i = byPosition[k];
            assertThat(cells(lines.get(2 + k))).containsExactly(String.format(Locale.ROOT, "%.6g", -b[i] / w[i]),
                    String.format(Locale.ROOT, "%.6g", Math.abs(w[i]) * v[i]), Integer.toString(i),
                    w[i] > 0 ? "+1" : "-1", "yes");
        }
        assertThat(lines.get(5)).isEqualTo("pieces: 4");
    }

    @Test
    void aWideLayerListsItsLeftmostFiftyAndSaysHowManyMore() throws IOException {
        int h = 73;
        SplittableRandom random = new SplittableRandom(7);
        double[] w = IntStream.range(0, h).mapToDouble(i -> random.nextBoolean() ? 1 : -1).toArray();
        double[] b = IntStream.range(0, h).mapToDouble(i -> random.nextDouble(-5, 5)).toArray();
        double[] v = IntStream.range(0, h).mapToDouble(i -> random.nextDouble(0.5, 1)).toArray();
        Path net = Files.writeString(tmp.resolve("wide.json"), "{\"type\":\"shallow\",\"w\":[" + list(w) + "],\"b\":["
                + list(b) + "],\"v\":[" + list(v) + "]}");
        CliRun run = CliRun.run("breakpoints", "--net", net.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        double[] sorted = IntStream.range(0, h).mapToDouble(i -> -b[i] / w[i]).sorted().toArray();
        for (int k = 0; k < BreakpointListing.SHOWN; k++) {
            assertThat(cells(lines.get(2 + k))[0]).isEqualTo(String.format(Locale.ROOT, "%.6g", sorted[k]));
        }
        assertThat(lines.get(2 + BreakpointListing.SHOWN)).isEqualTo("  … " + (h - BreakpointListing.SHOWN)
                + " more; --json for all");
    }

    @Test
    void aDeepLayerHasNoOrientationAndJsonHasEveryDeltaSlope() throws IOException {
        Path net = Files.writeString(tmp.resolve("deep.json"), "{\"type\":\"deep\",\"layers\":["
                + "{\"weights\":[[1],[-1]],\"biases\":[0,1]},{\"weights\":[[1,1]],\"biases\":[-2]},"
                + "{\"weights\":[[3]],\"biases\":[0]}]}");
        CliRun run = CliRun.run("breakpoints", "--net", net.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        int second = lines.indexOf(lines.stream().filter(l -> l.startsWith("layer 2:")).findFirst().orElseThrow());
        assertThat(cells(lines.get(second + 1))).containsExactly("breakpoint", "delta-slope", "unit", "active");
        // z² = relu(x) + relu(1 − x) − 2 is −1 − x left of 0, −1 on [0, 1] and x − 2 right of 1: it crosses 0 at
        // x = −1 and x = 2, where the output 3·relu(z²) bends
        assertThat(lines.stream().skip(second + 2).limit(2).map(l -> cells(l)[0]).toList())
                .containsExactly("-1.00000", "2.00000");
        JsonNode json = new ObjectMapper().readTree(CliRun.run("breakpoints", "--net", net.toString(), "--json").out());
        assertThat(json.at("/layers/0/units/0/orientation").asInt()).isEqualTo(1);
        assertThat(json.at("/layers/0/units/1/orientation").asInt()).isEqualTo(-1);
        assertThat(json.at("/layers/1/units/0").has("orientation")).isFalse();
        assertThat(json.at("/layers/1/units/0/deltaSlopes").size()).isEqualTo(2);
    }
}
