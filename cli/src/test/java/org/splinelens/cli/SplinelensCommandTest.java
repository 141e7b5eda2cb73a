package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.splinelens.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.io.NetworkJson;
import org.splinelens.core.network.ShallowNetwork;

class SplinelensCommandTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path tmp;

    @Test
    void convertToBdsoMatchesTheDefinition() throws IOException {
        CliRun run = run("convert", "--net", EXAMPLES.resolve("shallow.json").toString(), "--to", "bdso", "--json");
        assertThat(run.code()).isZero();
        JsonNode node = new ObjectMapper().readTree(run.out());
        ShallowNetwork net = (ShallowNetwork) NetworkJson.read(EXAMPLES.resolve("shallow.json"));
        // w = 0 unit folded: constant = b0 + v relu(b) = 0.25 + 2 * 1
        assertThat(node.get("constant").asDouble()).isEqualTo(net.b0() + 2.0);
        assertThat(node.get("breakpoints").size()).isEqualTo(3);
        assertThat(node.get("breakpoints").get(0).asDouble()).isEqualTo(-net.b(0) / net.w(0));
        assertThat(node.get("deltaSlopes").get(1).asDouble()).isEqualTo(net.w(1) * net.v(1));
        assertThat(node.get("orientations").get(1).asInt()).isEqualTo(-1);
    }

    @Test
    void evalAgreesWithTheNetwork() throws IOException {
        CliRun run = run("eval", "--net", EXAMPLES.resolve("deep.json").toString(), "--grid", "-1:1:0.25", "--json");
        assertThat(run.code()).isZero();
        JsonNode node = new ObjectMapper().readTree(run.out());
        var net = NetworkJson.read(EXAMPLES.resolve("deep.json"));
        assertThat(node.get("x").size()).isEqualTo(9);
        for (int i = 0; i < 9; i++) {
            assertThat(node.get("y").get(i).asDouble()).isEqualTo(net.value(node.get("x").get(i).asDouble()));
        }
    }

    @Test
    void breakpointsReportPiecesAndActiveBreakpoints() throws IOException {
        CliRun run = run("breakpoints", "--net", EXAMPLES.resolve("deep.json").toString(), "--domain", "0.1,0.4",
                "--json");
        assertThat(run.code()).isZero();
        JsonNode node = new ObjectMapper().readTree(run.out());
        assertThat(node.get("layers").get(0).get("layer").asInt()).isEqualTo(1);
        int knots = node.get("output").get("knots").size();
        assertThat(node.get("pieces").asInt()).isEqualTo(knots + 1);
        // one knot (0.3) lies inside (0.1, 0.4)
        assertThat(node.get("piecesInDomain").asInt()).isEqualTo(2);
    }

    @Test
    void listShowsThePluginsOfEveryKind() {
        CliRun run = run("list");
        assertThat(run.code()).isZero();
        // contains, never counts: a plugin jar on the class path adds to every kind
        assertThat(run.out()).contains("target (").contains("sin-pi").contains("sawtooth-period3")
                .contains("optimizer (").contains("adam").contains("rmsprop").contains("he-normal")
                .contains("fitter (").contains("greedy-merge").contains("natural-cubic")
                .contains("experiment (").contains("alpha-regimes").contains("uniform-breakpoint-init")
                .contains("critical-point-growth").contains("command (").contains("train");
    }

    @Test
    void listJsonDescribesEveryPluginWithItsConfigDefaults() throws IOException {
        CliRun run = run("list", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("modules")).isNotEmpty();
        JsonNode plugins = root.get("plugins");
        java.util.Map<String, JsonNode> byKey = new java.util.HashMap<>();
        plugins.forEach(p -> byKey.put(p.get("kind").asText() + "/" + p.get("name").asText(), p));
        // as many entries as the text listing counts, kind by kind
        assertThat(byKey).hasSize(plugins.size());
        JsonNode adam = byKey.get("optimizer/adam");
        assertThat(adam.get("description").asText()).isNotBlank();
        assertThat(adam.get("config").get("lr").asDouble()).isEqualTo(1e-3);
        assertThat(adam.get("config").get("beta2").asDouble()).isEqualTo(0.999);
        assertThat(byKey.get("initializer/gaussian").get("config").has("sigmaW")).isTrue();
        JsonNode experiment = byKey.get("experiment/gd-vs-dp").get("config");
        assertThat(experiment.get("widths")).hasSize(3);
        assertThat(experiment.get("target").asText()).isEqualTo("quadratic");
        assertThat(byKey.get("target/sin").get("config")).isEmpty();
    }

    @Test
    void badInputGivesOneLineAndExitCodeTwo() throws IOException {
        Path malformed = tmp.resolve("bad.json");
        Files.writeString(malformed, "{\"type\":\"shallow\",\"w\":[1,2],\"b\":[1],\"v\":[1,2]}");
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"type\":");
        String[][] cases = {
            {"eval", "--net", tmp.resolve("missing.json").toString(), "--grid", "0:1:0.5"},
            {"eval", "--net", malformed.toString(), "--grid", "0:1:0.5"},
            {"eval", "--net", broken.toString(), "--grid", "0:1:0.5"},
            {"eval", "--net", EXAMPLES.resolve("shallow.json").toString(), "--grid", "0:1:0"},
            {"convert", "--net", EXAMPLES.resolve("deep.json").toString(), "--to", "bdso"},
            {"convert", "--net", EXAMPLES.resolve("deep.json").toString(), "--to", "xyz"},
        };
        CliRun.assertBadInput(cases);
    }

    @Test
    void densityGivesTheClosedForms() throws IOException {
        CliRun run = run("density", "--init", "gaussian", "--set", "sigmaB=2", "--set", "sigmaW=1", "--set",
                "sigmaV=1", "--of", "breakpoint", "--at", "0,2", "--json");
        assertThat(run.code()).isZero();
        JsonNode node = new ObjectMapper().readTree(run.out());
        // Cauchy(0, σ_b/σ_w = 2): 1/(2π) at 0 and 1/(4π) at 2
        assertThat(node.get("density").get(0).asDouble()).isCloseTo(1 / (2 * Math.PI),
                org.assertj.core.data.Offset.offset(1e-15));
        assertThat(node.get("density").get(1).asDouble()).isCloseTo(1 / (4 * Math.PI),
                org.assertj.core.data.Offset.offset(1e-15));
        CliRun tri = run("density", "--init", "uniform", "--set", "aB=1", "--set", "aW=2", "--set", "aV=0.5", "--of",
                "delta-slope-given-breakpoint", "--given", "0", "--at", "0,0.5,2", "--json");
        JsonNode t = new ObjectMapper().readTree(tri.out());
        // triangular on [-1, 1] (a_v min{a_b/|β|, a_w} = 1): 1 at 0, 1/2 at 0.5, 0 outside
        assertThat(t.get("density").get(0).asDouble()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(t.get("density").get(1).asDouble()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(t.get("density").get(2).asDouble()).isZero();
        CliRun bad = run("density", "--init", "gaussian", "--set", "sigmaB=-1", "--of", "breakpoint", "--at", "0");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("sigmaB");
        // any initializer that declares its law: he-normal's breakpoints are Cauchy(0, σ_b/σ_w = 1), 1/π at 0
        CliRun he = run("density", "--init", "he-normal", "--width", "50", "--of", "breakpoint", "--at", "0",
                "--json");
        assertThat(new ObjectMapper().readTree(he.out()).get("density").get(0).asDouble()).isCloseTo(1 / Math.PI,
                org.assertj.core.data.Offset.offset(1e-15));
        CliRun none = run("density", "--init", "spiky", "--of", "breakpoint", "--at", "0");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("spiky").contains("declares no law");
    }

    @Test
    void initStatsReportsRoughnessBesideThm2() throws IOException {
        CliRun run = run("init-stats", "--init", "gaussian", "--set", "sigmaW=2", "--width", "10", "--samples", "2000",
                "--seed", "3", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode layer = new ObjectMapper().readTree(run.out()).get("layers").get(0);
        JsonNode rho = layer.get("roughness");
        // E ρ0 = H σ_w² σ_v² = 40 (Thm 2), and the sample mean within 4 standard errors of it
        assertThat(layer.get("theory").get("roughnessMean").asDouble()).isCloseTo(40.0,
                org.assertj.core.data.Offset.offset(1e-9));
        double standardError = Math.sqrt(rho.get("variance").asDouble() / rho.get("count").asDouble());
        assertThat(rho.get("mean").asDouble()).isCloseTo(40.0, org.assertj.core.data.Offset.offset(4 * standardError));
        assertThat(layer.get("breakpoints").get("count").asInt()).isEqualTo(20000);

        CliRun table = run("init-stats", "--init", "he-normal", "--widths", "4,4", "--samples", "20");
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("breakpoint").contains("roughness").contains("Thm 1");

        Path data = tmp.resolve("data.csv");
        Files.writeString(data, "x,y\n-1,0\n0,1\n1,0\n");
        CliRun spiky = run("init-stats", "--init", "spiky", "--width", "6", "--samples", "5", "--data", data.toString());
        assertThat(spiky.code()).as(spiky.err()).isZero();
    }

    @Test
    void initStatsRejectsBadInputInOneLine() {
        String[][] cases = {
            {"init-stats", "--init", "nope", "--width", "3"},
            {"init-stats", "--init", "gaussian", "--width", "0"},
            {"init-stats", "--init", "gaussian", "--width", "3", "--set", "sigmaQ=1"},
            {"init-stats", "--init", "gaussian", "--width", "3", "--set", "sigmaW=-1"},
            {"init-stats", "--init", "uniform-breakpoints", "--width", "3"},
            {"init-stats", "--init", "gaussian"},
        };
        CliRun.assertBadInput(cases);
    }

    @Test
    void trainWritesTheFinalNetLossCurveAndTrajectory() throws IOException {
        Path out = tmp.resolve("run");
        CliRun run = run("train", "--target", "sin", "--width", "12", "--lr", "0.002", "--epochs", "300",
                "--observe-every", "100", "--seed", "4", "--out", out.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(run.out());
        assertThat(summary.get("epochs").asInt()).isEqualTo(300);
        assertThat(summary.get("gradient").asText()).isEqualTo("sweep");
        var net = NetworkJson.read(out.resolve("final-net.json"));
        java.util.List<String> loss = Files.readAllLines(out.resolve("loss.csv"));
        assertThat(loss).hasSize(302).first().isEqualTo("epoch,loss");
        double last = Double.parseDouble(loss.get(301).split(",")[1]);
        double first = Double.parseDouble(loss.get(1).split(",")[1]);
        assertThat(summary.get("finalLoss").asDouble()).isEqualTo(last).isLessThan(first);
        // the written network reproduces the reported loss on the target's grid
        assertThat(sinGridLoss(net)).isCloseTo(last, org.assertj.core.data.Percentage.withPercentage(1e-9));
        java.util.List<String> trajectory = Files.readAllLines(out.resolve("breakpoints.csv"));
        // 12 units at epochs 0, 100, 200, 300
        assertThat(trajectory).hasSize(1 + 4 * 12);
        assertThat(trajectory.get(1)).startsWith("0,0,");
        java.util.List<String> roughness = Files.readAllLines(out.resolve("roughness.csv"));
        assertThat(roughness).hasSize(1 + 4).first().isEqualTo("epoch,layer,roughness");
        var shallow = (org.splinelens.core.network.ShallowNetwork) net;
        double rho = 0;
        for (int i = 0; i < shallow.width(); i++) {
            rho += Math.pow(shallow.w(i) * shallow.v(i), 2);
        }
        assertThat(roughness.get(4)).startsWith("300,1,");
        assertThat(Double.parseDouble(roughness.get(4).split(",")[2]))
                .isCloseTo(rho, org.assertj.core.data.Percentage.withPercentage(1e-9));
    }

    @Test
    void deepTrainingWritesRoughnessAndMobilityPerLayer() throws IOException {
        Path out = tmp.resolve("deep");
        CliRun run = run("train", "--target", "sin", "--widths", "4,4", "--lr", "0.002", "--epochs", "200",
                "--observe-every", "50", "--seed", "2", "--out", out.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(run.out());
        assertThat(summary.get("gradient").asText()).isEqualTo("region");
        CliRun dense = run("train", "--target", "sin", "--widths", "4,4", "--lr", "0.002", "--epochs", "200",
                "--seed", "2", "--gradient", "dense", "--json");
        JsonNode denseSummary = new ObjectMapper().readTree(dense.out());
        assertThat(denseSummary.get("gradient").asText()).isEqualTo("dense");
        assertThat(denseSummary.get("finalLoss").asDouble()).isCloseTo(summary.get("finalLoss").asDouble(),
                org.assertj.core.data.Percentage.withPercentage(1e-6));
        assertThat(Files.readAllLines(out.resolve("roughness.csv"))).hasSize(1 + 5 * 2);
        java.util.List<String> mobility = Files.readAllLines(out.resolve("mobility.csv"));
        assertThat(mobility).hasSize(3)
                .first().isEqualTo("layer,births,deaths,totalChanges,matchedPairs,meanVelocity,relativeVelocity");
        String[] first = mobility.get(1).split(",");
        // layer 1 units induce one breakpoint each, always: 4 units followed over 4 intervals, none born or dead
        assertThat(first[3]).isEqualTo("0");
        assertThat(first[4]).isEqualTo("16");
        assertThat(Double.parseDouble(first[6])).isEqualTo(1.0);
    }

    @Test
    void batchNormTrainingSavesTheFoldedInferenceNet() throws IOException {
        Path out = tmp.resolve("bn");
        CliRun run = run("train", "--target", "sin", "--width", "8", "--optimizer", "adam", "--lr", "0.01",
                "--batch-size", "16", "--batch-norm", "--epochs", "100", "--seed", "3", "--out", out.toString(),
                "--json");
        assertThat(run.code()).as(run.err()).isZero();
        double reported = new ObjectMapper().readTree(run.out()).get("finalLoss").asDouble();
        var net = (org.splinelens.core.network.ShallowNetwork) NetworkJson.read(out.resolve("final-net.json"));
        assertThat(net.width()).isEqualTo(8);
        assertThat(sinGridLoss(net)).isCloseTo(reported, org.assertj.core.data.Percentage.withPercentage(1e-9));
    }

    @Test
    void trainRejectsBadInputAndReportsDivergence() {
        String[][] cases = {
            {"train", "--target", "sin", "--width", "3", "--lr", "0"},
            {"train", "--target", "sin", "--width", "3", "--optimizer", "nope"},
            {"train", "--target", "sin", "--width", "0"},
            {"train", "--target", "nope", "--width", "3"},
            {"train", "--width", "3"},
            {"train", "--target", "sin", "--widths", "3,3", "--batch-norm"},
            {"train", "--target", "sin", "--width", "3", "--gradient", "region"},
            {"train", "--target", "sin", "--width", "3", "--batch-norm", "--gradient", "region"},
        };
        CliRun.assertBadInput(cases);
        CliRun diverged = run("train", "--target", "sin", "--width", "5", "--optimizer", "gd", "--lr", "100",
                "--epochs", "100");
        assertThat(diverged.code()).isEqualTo(3);
        assertThat(diverged.err()).contains("diverged");
    }

    /**
     * @return the loss {@code train} reports by default, the mean squared error, of {@code net} on the training grid
     *         of `train --target sin` (step 0.05 on its domain)
     */
    private static double sinGridLoss(org.splinelens.core.network.UnivariateNetwork net) {
        var target = org.splinelens.core.targets.Targets.all().stream().filter(t -> t.name().equals("sin"))
                .findFirst().orElseThrow();
        double[] x = new org.splinelens.core.data.Grid(target.domainLow(), target.domainHigh(), 0.05).points();
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            y[n] = target.value(x[n]);
        }
        return 2 * net.loss(x, y) / x.length; // net.loss is ½ Σ e²
    }
}
