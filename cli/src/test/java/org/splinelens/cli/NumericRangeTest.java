package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.splinelens.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.io.InvalidInputException;

/**
 * Hardening, numerics: a global minimum is critical however noisy its rounded residuals; numbers beyond double
 * precision are refused in one line naming the input (exit 2), never printed as NaN or ∞; a run that outgrows double
 * precision is a divergence (exit 3), a start whose loss is not finite is bad input (exit 2).
 */
class NumericRangeTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path tmp;

    private Path file(String name, String text) throws IOException {
        Path path = tmp.resolve(name);
        Files.writeString(path, text);
        return path;
    }

    /** the numeric-range fixtures of the hardening round */
    private Path hugeWeights() throws IOException {
        return file("huge-weights.json", "{\"type\": \"shallow\", \"w\": [1e+300, -2e+300], \"b\": [0.5, 1e+300],"
                + " \"v\": [1e+300, 0.5], \"b0\": 0.25}");
    }

    private Path hugeX() throws IOException {
        return file("hugex.csv", "x,y\n-1e300,1\n0,2\n1e300,0\n");
    }

    /**
     * Three units, three points with targets the net's exact values plus a few ulps — residuals of ~1e-16, rounding
     * noise of a perfect fit. The old test (|g| against 1e-9 Σ|e J|, terms that are noise themselves) said "not
     * critical"; against the loss's own rounding it is critical, in both commands.
     */
    @Test
    void aPerfectFitWithRoundingNoiseIsCritical() throws IOException {
        Path net = file("net.json", "{\"type\":\"shallow\",\"w\":[1.3,-0.7,2.1],\"b\":[0.1,0.9,-1.7],"
                + "\"v\":[0.77,-1.9,0.35],\"b0\":0.3}");
        double[][] units = {{1.3, 0.1, 0.77}, {-0.7, 0.9, -1.9}, {2.1, -1.7, 0.35}};
        StringBuilder csv = new StringBuilder("x,y\n");
        double[] x = {-1.1, 0.35, 1.9};
        for (int n = 0; n < x.length; n++) {
            BigDecimal f = new BigDecimal(0.3);
            for (double[] u : units) {
                BigDecimal z = new BigDecimal(u[0]).multiply(new BigDecimal(x[n])).add(new BigDecimal(u[1]));
                f = z.signum() > 0 ? f.add(new BigDecimal(u[2]).multiply(z)) : f;
            }
            double y = f.doubleValue() + (n - 1) * Math.ulp(f.doubleValue());
            csv.append(x[n]).append(',').append(y).append('\n');
        }
        Path data = file("fit.csv", csv.toString());
        for (String command : new String[] {"hessian", "critical"}) {
            CliRun result = run(command, "--net", net.toString(), "--data", data.toString(), "--json");
            assertThat(result.code()).as(result.err()).isZero();
            JsonNode node = new ObjectMapper().readTree(result.out());
            assertThat(node.get("gradientNorm").asDouble()).as(command).isPositive().isLessThan(1e-13);
            assertThat(node.get("critical").asBoolean()).as(command).isTrue();
            assertThat(node.get("gradientRoundingRatio").asDouble()).as(command).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void hessiansBeyondDoublePrecisionAreRefusedNamingTheInput() throws IOException {
        String data = EXAMPLES.resolve("data.csv").toString();
        CliRun weights = run("hessian", "--net", hugeWeights().toString(), "--data", data);
        assertThat(weights.code()).isEqualTo(SplinelensCommand.BAD_INPUT);
        assertThat(weights.err().strip()).startsWith("splinelens: the Hessian has non-finite entries: weights or data"
                + " too large").contains("|θ| up to 2.00e+300").doesNotContain("internal error");
        CliRun inputs = run("hessian", "--net", EXAMPLES.resolve("shallow.json").toString(), "--data",
                hugeX().toString(), "--json");
        assertThat(inputs.code()).isEqualTo(SplinelensCommand.BAD_INPUT);
        assertThat(inputs.err()).contains("non-finite entries").contains("|x| up to 1.00e+300");
        assertThat(inputs.out()).isEmpty();
    }

    @Test
    void nonFiniteResultsAreRefusedInOneLineNeverPrinted() throws IOException {
        Path tiny = file("tiny.csv", "x,y\n0.0,0\n1e-300,1\n2e-300,2\n3e-300,0\n");
        String shallow = EXAMPLES.resolve("shallow.json").toString();
        String data = EXAMPLES.resolve("data.csv").toString();
        String[][] cases = {
            {"fit", "--method", "natural-cubic", "--data", tiny.toString()},
            {"fit", "--method", "dp", "--data", tiny.toString(), "--json"},
            {"fit", "--method", "linear", "--data", data, "--grid", "1e308:1.6e308:2e307"},
            {"critical", "--net", shallow, "--data", hugeX().toString()},
            {"critical", "--net", hugeWeights().toString(), "--data", data, "--json"},
            {"eval", "--net", hugeWeights().toString(), "--grid", "0:1:0.5"},
            {"knots", "--net", hugeWeights().toString(), "--data", data},
            {"knots", "--net", hugeWeights().toString(), "--data", data, "--json"},
            {"breakpoints", "--net", hugeWeights().toString()},
            {"convert", "--net", hugeWeights().toString(), "--to", "pwl"},
            {"census", "--data", hugeX().toString(), "--width", "2"},
        };
        CliRun.assertBadInput(cases);
        for (String[] args : cases) {
            CliRun result = run(args);
            assertThat(result.out()).as(String.join(" ", args)).isEmpty();
            assertThat(result.err()).as(String.join(" ", args)).doesNotContain("NaN,").doesNotContain("= NaN");
        }
        assertThat(run(cases[0]).err()).contains("x spacing 1.0E-300");
        assertThat(run(cases[3]).err()).contains("not finite").contains("|x| up to 1.00e+300");
    }

    @Test
    void trainingPastDoublePrecisionIsADivergenceKeepingTheLastNet() throws IOException {
        Path data = file("x1e12.csv", "x,y\n1e12,1\n2e12,3\n3e12,2\n");
        Path out = tmp.resolve("run");
        // in the data's own units and on the papers' loss: standard units would train these x without trouble
        CliRun result = run("train", "--data", data.toString(), "--width", "4", "--epochs", "200", "--optimizer", "gd",
                "--lr", "0.1", "--loss", "half-sse", "--no-standardize", "--out", out.toString());
        assertThat(result.code()).as(result.err()).isEqualTo(TrainingRun.DIVERGED);
        assertThat(result.err().strip()).startsWith("splinelens: training diverged at epoch 1: the loss")
                .doesNotContain("PWL").doesNotContain("\n");
        assertThat(out.resolve("last-finite-net.json")).exists();
    }

    @Test
    void aStartWhoseLossIsNotFiniteIsBadInputNotADivergence() throws IOException {
        CliRun result = run("train", "--data", hugeX().toString(), "--width", "4", "--epochs", "5");
        assertThat(result.code()).isEqualTo(SplinelensCommand.BAD_INPUT);
        assertThat(result.err().strip()).startsWith("splinelens: the initial loss is not finite (Infinity): data or"
                + " initialization too large").contains("|x| up to 1.00e+300").doesNotContain("epoch");
        CliRun from = run("train", "--from", hugeWeights().toString(), "--data", EXAMPLES.resolve("data.csv")
                .toString(), "--epochs", "2");
        assertThat(from.code()).isEqualTo(SplinelensCommand.BAD_INPUT);
        assertThat(from.err()).contains("initial loss is not finite").contains("|θ| up to 2.00e+300");
    }

    @Test
    void theJsonBackstopRefusesAnyNonFiniteNumberAndAnswersAreWrittenOnPurpose() throws IOException {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.putArray("layers").addObject().put("slope", 1.0).put("gap", Double.NaN);
        assertThatThrownBy(() -> JsonOutput.text(root)).isInstanceOf(InvalidInputException.class)
                .hasMessage("the result is not finite at layers[0].gap: the input's numbers are too large, too small"
                        + " or too close together for double precision");
        ObjectNode answers = JsonOutput.MAPPER.createObjectNode();
        JsonOutput.answers(answers.putArray("density"), new double[] {Double.POSITIVE_INFINITY, Double.NaN, 0.5});
        JsonOutput.number(answers, "to", Double.NEGATIVE_INFINITY);
        answers.put("count", Long.MAX_VALUE);
        assertThat(JsonOutput.text(answers))
                .isEqualTo("{\"density\":[\"inf\",null,0.5],\"to\":\"-inf\",\"count\":9223372036854775807}");

        // an undefined sample variance and a density's singularity are answers, not failures
        CliRun stats = run("init-stats", "--init", "he-normal", "--width", "1", "--samples", "1", "--json");
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(new ObjectMapper().readTree(stats.out()).at("/layers/0/breakpoints/variance").isNull()).isTrue();
        CliRun density = run("density", "--init", "he-normal", "--of", "delta-slope", "--at", "0,1", "--json");
        assertThat(density.code()).as(density.err()).isZero();
        assertThat(new ObjectMapper().readTree(density.out()).at("/density/0").asText()).isEqualTo("inf");
    }
}
