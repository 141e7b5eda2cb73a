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
        for (String method : new String[] {"dp", "greedy-merge", "linear", "natural-cubic", "min-norm"}) {
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
}
