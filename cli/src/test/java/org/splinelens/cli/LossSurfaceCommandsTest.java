package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.splinelens.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.losssurface.critical.Theorem4Failure;
import org.splinelens.losssurface.critical.Theorem4Hypothesis;

class LossSurfaceCommandsTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path tmp;

    /** Breakpoints at 0, 1, 2, 3 (unit 0 active on all data), one point in each of three cells, y = f(x). */
    private Path[] lonelyZeroLossFit() throws IOException {
        Path net = tmp.resolve("net.json");
        Files.writeString(net, "{\"type\":\"shallow\",\"w\":[1,1,-1,1],\"b\":[0,-1,2,-3],\"v\":[1,-2,0.5,1.5],"
                + "\"b0\":0.25}");
        double[] x = {0.5, 1.25, 2.5};
        StringBuilder csv = new StringBuilder("x,y\n");
        var network = org.splinelens.core.io.NetworkJson.read(net);
        for (double xn : x) {
            csv.append(xn).append(',').append(network.value(xn)).append('\n');
        }
        Path data = tmp.resolve("data.csv");
        Files.writeString(data, csv.toString());
        return new Path[] {net, data};
    }

    @Test
    void hessianAtALonelyZeroLossFitIsCriticalFlatAndItsEigenvaluesSumToTheTrace() throws IOException {
        Path[] files = lonelyZeroLossFit();
        CliRun result = run("hessian", "--net", files[0].toString(), "--data", files[1].toString(), "--json");
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode node = new ObjectMapper().readTree(result.out());

        assertThat(node.get("parameterOrder").asText()).isEqualTo("w,b,v,b0");
        JsonNode hessian = node.get("hessian");
        assertThat(hessian.size()).isEqualTo(13);
        double trace = 0;
        for (int j = 0; j < 13; j++) {
            trace += hessian.get(j).get(j).asDouble();
            for (int k = 0; k < 13; k++) {
                assertThat(hessian.get(j).get(k).asDouble()).isEqualTo(hessian.get(k).get(j).asDouble());
            }
        }
        double sum = 0;
        for (JsonNode lambda : node.get("eigenvalues")) {
            sum += lambda.asDouble();
        }
        assertThat(sum).isCloseTo(trace, within(1e-9 * trace));
        assertThat(node.get("critical").asBoolean()).isTrue();
        assertThat(node.get("lonely").asBoolean()).isTrue();
        // rank <= N = 3: at least 10 of 13 eigenvalues vanish
        assertThat(node.get("zeroEigenvalues").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(node.get("zeroEigenvalueFraction").asDouble())
                .isGreaterThanOrEqualTo(node.get("flatnessBound").asDouble())
                .isGreaterThanOrEqualTo(node.get("rankFlatnessBound").asDouble());
        assertThat(node.get("flatnessBound").asDouble()).isEqualTo(1 - 5.0 / 13);
    }

    @Test
    void hessianOfADeepNetIsNumericalAndMovingTheDataBreaksCriticality() throws IOException {
        Path data = tmp.resolve("d.csv");
        Files.writeString(data, "x,y\n-1,0.5\n0,1\n1,-0.5\n2,0\n");
        CliRun result = run("hessian", "--net", EXAMPLES.resolve("deep.json").toString(), "--data", data.toString(),
                "--json");
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode node = new ObjectMapper().readTree(result.out());
        assertThat(node.get("numerical").asBoolean()).isTrue();
        assertThat(node.get("critical").asBoolean()).isFalse();
        assertThat(node.get("gradientNorm").asDouble()).isPositive();
        assertThat(node.has("lonely")).isFalse();
    }

    @Test
    void knotsListEveryDataValueWithAType() throws IOException {
        Path[] files = lonelyZeroLossFit();
        Files.writeString(files[1], "x,y\n0.5,1\n1.25,-1\n2.5,0.5\n");
        CliRun result = run("knots", "--net", files[0].toString(), "--data", files[1].toString(), "--json");
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode units = new ObjectMapper().readTree(result.out()).get("units");
        assertThat(units.size()).isEqualTo(4);
        for (JsonNode unit : units) {
            assertThat(unit.get("knots").size()).isEqualTo(3);
            for (JsonNode knot : unit.get("knots")) {
                assertThat(knot.get("type").asText())
                        .isIn(Set.of("pass-through", "repeller", "attractor", "undetermined"));
                // the two pieces meet at the knot (Thm 3: ℓ is continuous along β)
                double at = knot.get("x").asDouble();
                JsonNode l = knot.get("left");
                JsonNode r = knot.get("right");
                double left = (l.get("a").asDouble() * at + l.get("b").asDouble()) * at + l.get("c").asDouble();
                double right = (r.get("a").asDouble() * at + r.get("b").asDouble()) * at + r.get("c").asDouble();
                assertThat(left).isCloseTo(right, within(1e-9 * (1 + Math.abs(left))));
            }
        }
        CliRun one = run("knots", "--net", files[0].toString(), "--data", files[1].toString(), "--unit", "2");
        assertThat(one.code()).isZero();
        assertThat(one.out()).startsWith("unit 2: β = 2");
    }

    /**
     * Thm 4's "only if" needs {@code v_i ≠ 0} for units whose breakpoint is inside the data: a unit with v = 0 at
     * β = 1.5, where {@code Σ_{x > β} e (x − β) = 0} for the residuals e = (−1, 3, −3, 1) of the line x + 1 (an OLS
     * fit of all four points), leaves the net critical with pieces that are not OLS fits, and both outputs say why.
     */
    @Test
    void criticalNamesTheHypothesisADeadOutputUnitInsideTheDataBreaks() throws IOException {
        Path net = tmp.resolve("dead.json");
        Files.writeString(net, "{\"type\":\"shallow\",\"w\":[1,2],\"b\":[1,-3],\"v\":[1,0],\"b0\":0}");
        double[] e = {-1, 3, -3, 1};
        var network = org.splinelens.core.io.NetworkJson.read(net);
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int n = 0; n < e.length; n++) {
            csv.append(n).append(',').append(network.value(n) - e[n]).append('\n');
        }
        Path data = tmp.resolve("dead.csv");
        Files.writeString(data, csv.toString());
        CliRun result = run("critical", "--net", net.toString(), "--data", data.toString(), "--json");
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode node = new ObjectMapper().readTree(result.out());
        assertThat(node.get("critical").asBoolean()).isTrue();
        assertThat(node.get("piecewiseOls").asBoolean()).isFalse();
        assertThat(node.get("printedTheorem4Hypotheses").asBoolean()).isTrue();
        assertThat(node.get("theorem4Hypotheses").asBoolean()).isFalse();
        JsonNode failures = node.get("theorem4Failures");
        assertThat(failures.size()).isEqualTo(1);
        assertThat(failures.get(0).get("hypothesis").asText())
                .isEqualTo(Theorem4Hypothesis.NONZERO_OUTPUT_INSIDE.name());
        assertThat(failures.get(0).get("unit").asInt()).isEqualTo(1);
        CliRun human = run("critical", "--net", net.toString(), "--data", data.toString());
        assertThat(human.code()).as(human.err()).isZero();
        assertThat(human.out()).contains(failures.get(0).get("message").asText())
                .contains(new Theorem4Failure(Theorem4Hypothesis.NONZERO_OUTPUT_INSIDE, 1, 1.5).message());
    }

    @Test
    void criticalReportsEveryPieceAsOlsAtAZeroLossFit() throws IOException {
        Path[] files = lonelyZeroLossFit();
        CliRun result = run("critical", "--net", files[0].toString(), "--data", files[1].toString(), "--json");
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode node = new ObjectMapper().readTree(result.out());
        assertThat(node.get("critical").asBoolean()).isTrue();
        assertThat(node.get("theorem4Hypotheses").asBoolean()).isTrue();
        JsonNode pieces = node.get("pieces");
        assertThat(pieces.size()).isEqualTo(5);
        int points = 0;
        for (JsonNode piece : pieces) {
            assertThat(piece.get("ols").asBoolean()).isTrue();
            points += piece.get("points").asInt();
        }
        assertThat(points).isEqualTo(3);
        assertThat(node.get("degeneracies").get("activeOnAll").get(0).asInt()).isZero();
    }

    @Test
    void censusCountsAdmissiblePartitionsBesideAllAndLonelyOnes() throws IOException {
        Path data = tmp.resolve("census.csv");
        Files.writeString(data, "x,y\n-1,0.3\n-0.4,1\n0.2,-0.6\n0.9,0.4\n1.5,-0.2\n");
        CliRun result = run("census", "--data", data.toString(), "--width", "3", "--json");
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode node = new ObjectMapper().readTree(result.out());
        assertThat(node.get("partitions").asLong()).isEqualTo(56);
        assertThat(node.get("lonelyPartitions").asLong()).isEqualTo(0);
        assertThat(node.get("exhaustive").asBoolean()).isTrue();
        long admissible = node.get("admissible").asLong();
        assertThat(admissible).isBetween(1L, 55L);

        JsonNode sampled = new ObjectMapper().readTree(run("census", "--data", data.toString(), "--width", "3",
                "--samples", "4000", "--seed", "3", "--json").out());
        double p = admissible / 56.0;
        assertThat(sampled.get("estimate").asDouble() / 56).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / 4000)));
    }

    @Test
    void badInputGivesOneLineAndExitCodeTwo() throws IOException {
        Path[] files = lonelyZeroLossFit();
        Path empty = tmp.resolve("empty.csv");
        Files.writeString(empty, "x,y\n");
        Path notFinite = tmp.resolve("nan.csv");
        Files.writeString(notFinite, "x,y\n1,NaN\n");
        Path repeated = tmp.resolve("repeated.csv");
        Files.writeString(repeated, "x,y\n1,0\n1,2\n");
        String[][] cases = {
            {"hessian", "--net", files[0].toString(), "--data", empty.toString()},
            {"hessian", "--net", files[0].toString(), "--data", notFinite.toString()},
            {"hessian", "--net", files[1].toString(), "--data", files[1].toString()},
            {"hessian", "--net", files[0].toString(), "--data", files[1].toString(), "--tolerance", "-1"},
            {"knots", "--net", EXAMPLES.resolve("deep.json").toString(), "--data", files[1].toString()},
            {"knots", "--net", files[0].toString(), "--data", files[1].toString(), "--unit", "9"},
            {"critical", "--net", EXAMPLES.resolve("deep.json").toString(), "--data", files[1].toString()},
            {"census", "--data", files[1].toString(), "--width", "-1"},
            {"census", "--data", repeated.toString(), "--width", "2"},
        };
        CliRun.assertBadInput(cases);
    }
}
