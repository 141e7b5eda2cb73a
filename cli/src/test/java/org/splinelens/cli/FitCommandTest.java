package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.splinelens.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.baselines.smoothing.SmoothingSpline;

class FitCommandTest {
    @TempDir
    Path tmp;

    /** Two exact lines, y = x on x <= 4 and y = 10 − x after: DP with two pieces fits them exactly. */
    private Path brokenLine() throws IOException {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int k = 0; k <= 9; k++) {
            csv.append(k).append(',').append(k <= 4 ? k : 10 - k).append('\n');
        }
        Path data = tmp.resolve("broken.csv");
        Files.writeString(data, csv.toString());
        return data;
    }

    @Test
    void dpRecoversTwoExactSegmentsAndEvaluatesOnTheGrid() throws IOException {
        CliRun result = run("fit", "--method", "dp", "--data", brokenLine().toString(), "--pieces", "2",
                "--grid", "0:9:0.5", "--json");
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode node = new ObjectMapper().readTree(result.out());
        assertThat(node.get("method").asText()).isEqualTo("dp");
        assertThat(node.get("pieces").asInt()).isEqualTo(2);
        assertThat(node.get("rss").asDouble()).isCloseTo(0, within(1e-20));
        JsonNode segments = node.get("segments");
        assertThat(segments.get(0).get("slope").asDouble()).isCloseTo(1, within(1e-12));
        assertThat(segments.get(0).get("to").asDouble()).isEqualTo(4);
        assertThat(segments.get(1).get("from").asDouble()).isEqualTo(5);
        assertThat(segments.get(1).get("intercept").asDouble()).isCloseTo(10, within(1e-12));
        assertThat(node.get("x").size()).isEqualTo(19);
        assertThat(node.get("y").get(2).asDouble()).isCloseTo(1, within(1e-12));
    }

    @Test
    void everyMethodRunsAndBadInputIsOneLine() throws IOException {
        Path data = brokenLine();
        for (String method : new String[] {"dp", "greedy-merge", "linear", "natural-cubic", "min-norm",
            "smoothing-spline"}) {
            CliRun result = run("fit", "--method", method, "--data", data.toString());
            assertThat(result.code()).as(method + ": " + result.err()).isZero();
            assertThat(result.out()).startsWith(method + ": ");
        }
        Path same = tmp.resolve("same.csv");
        Files.writeString(same, "x,y\n1,0\n1,1\n1,2\n");
        CliRun.assertBadInput(
                new String[] {"fit", "--method", "nope", "--data", data.toString()},
                new String[] {"fit", "--method", "dp", "--data", data.toString(), "--pieces", "4",
                    "--min-segment", "3"},
                new String[] {"fit", "--method", "linear", "--data", same.toString()},
                new String[] {"fit", "--method", "dp", "--data", same.toString(), "--pieces", "2"},
                new String[] {"fit", "--method", "dp", "--data", data.toString(), "--pieces", "-1"},
                new String[] {"fit", "--method", "dp", "--data", data.toString(), "--grid", "1:0:1"});
    }

    /** Twelve noisy points of a sine at x = 0 … 11, four of them repeated. */
    private Path noisyWithTies() throws IOException {
        double[] y = {0.3, 0.9, 0.7, 1.2, 0.1, -0.4, -0.9, -0.6, -1.1, 0.2, 0.4, 0.8};
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int k = 0; k < y.length; k++) {
            csv.append(k < 8 ? k : k - 4).append(',').append(y[k]).append('\n');
        }
        Path data = tmp.resolve("ties.csv");
        Files.writeString(data, csv.toString());
        return data;
    }

    /**
     * {@code fit --method smoothing-spline} evaluates on the grid the fit the Java API gives for the same data and
     * config (GCV by default, {@code --set df}, {@code --set lambda}), and reports its λ, df and GCV score.
     */
    @Test
    void smoothingSplineTakesItsConfigFromSetAndEvaluatesOnTheGrid() throws IOException {
        Path data = noisyWithTies();
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 4, 5, 6, 7};
        double[] y = {0.3, 0.9, 0.7, 1.2, 0.1, -0.4, -0.9, -0.6, -1.1, 0.2, 0.4, 0.8};
        String[][] sets = {{}, {"--set", "df=5"}, {"--set", "lambda=0.5"}, {"--set", "fitter.df=8"}};
        SmoothingSpline.Config[] configs = {SmoothingSpline.Config.gcv(), SmoothingSpline.Config.fixedDf(5),
            SmoothingSpline.Config.fixedLambda(0.5), SmoothingSpline.Config.fixedDf(8)};
        for (int c = 0; c < sets.length; c++) {
            String[] args = concat(new String[] {"fit", "--method", "smoothing-spline", "--data", data.toString(),
                "--grid", "-1:8:0.25", "--json"}, sets[c]);
            CliRun result = run(args);
            assertThat(result.code()).as(result.err()).isZero();
            JsonNode node = new ObjectMapper().readTree(result.out());
            SmoothingSpline expected = SmoothingSpline.fit(x, y, configs[c]);
            assertThat(node.get("pieces").asInt()).isEqualTo(7);
            JsonNode parameters = node.get("parameters");
            assertThat(parameters.get("df").asDouble()).isEqualTo(expected.df());
            assertThat(parameters.get("lambda").asDouble()).isEqualTo(expected.lambda());
            assertThat(parameters.get("gcv").asDouble()).isEqualTo(expected.gcv());
            assertThat(node.get("x").size()).isEqualTo(37);
            for (int p = 0; p < node.get("x").size(); p++) {
                double at = node.get("x").get(p).asDouble();
                assertThat(node.get("y").get(p).asDouble()).as("g(%s)", at).isEqualTo(expected.value(at));
            }
        }
        assertThat(run("fit", "--method", "smoothing-spline", "--data", data.toString(), "--set", "df=5").out())
                .startsWith("smoothing-spline: 7 pieces, RSS ").contains(", df 5.0000");
    }

    @Test
    void unknownOrBadSetKeysOfAFitterAreOneLineNamingTheKey() throws IOException {
        Path data = noisyWithTies();
        String[][] cases = {
            {"--method", "smoothing-spline", "--set", "spar=0.5"},
            {"--method", "smoothing-spline", "--set", "df=2"},
            {"--method", "smoothing-spline", "--set", "lambda=-1"},
            {"--method", "smoothing-spline", "--set", "df=3", "--set", "lambda=1"},
            {"--method", "smoothing-spline", "--set", "df=9"},
            {"--method", "smoothing-spline", "--set", "df=many"},
            {"--method", "dp", "--set", "df=5"},
            {"--method", "smoothing-spline", "--set", "optimizer.lr=1"},
        };
        String[] named = {"spar", "df", "lambda", "df and lambda", "df", "df", "df", "optimizer"};
        for (int c = 0; c < cases.length; c++) {
            String[] args = concat(new String[] {"fit", "--data", data.toString()}, cases[c]);
            CliRun.assertBadInput(args);
            assertThat(run(args).err()).as(String.join(" ", args)).contains(named[c]);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
