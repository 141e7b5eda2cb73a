package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SplinelensCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void convertToBdsoMatchesTheDefinition() throws IOException {
        Run run = run("convert", "--net", EXAMPLES.resolve("shallow.json").toString(), "--to", "bdso", "--json");
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
        Run run = run("eval", "--net", EXAMPLES.resolve("deep.json").toString(), "--grid", "-1:1:0.25", "--json");
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
        Run run = run("breakpoints", "--net", EXAMPLES.resolve("deep.json").toString(), "--domain", "0.1,0.4",
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
    void listShowsTheTargets() {
        Run run = run("list");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("target").contains("sin-pi").contains("sawtooth-period3");
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
        for (String[] args : cases) {
            Run run = run(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception").startsWith("splinelens: ");
        }
    }
}
