package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The non-finite answers are written one way in every output: {@code inf}/{@code -inf} (JSON strings "inf"/"-inf")
 * and {@code undefined} (JSON null); Java's {@code Infinity} and {@code NaN} never appear.
 */
class NonFiniteAnswersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static CliRun ok(String... args) {
        CliRun run = CliRun.run(args);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).as(String.join(" ", args)).doesNotContain("Infinity").doesNotContain("NaN");
        return run;
    }

    @Test
    void theDeltaSlopeDensitysPoleAtZeroIsInfInTextAndJson() throws IOException {
        // He init: the delta-slope w·v is a product of independent Gaussians, whose density is a Bessel K0 with a
        // logarithmic pole at 0 (Cor 1), finite elsewhere
        List<String> lines = ok("density", "--init", "he-normal", "--of", "delta-slope", "--at", "0,1").out().lines()
                .toList();
        assertThat(lines.get(0)).isEqualTo("x,density");
        assertThat(lines.get(1)).isEqualTo("0.0,inf");
        assertThat(Double.parseDouble(lines.get(2).split(",")[1])).isPositive().isFinite();
        JsonNode json = JSON.readTree(ok("density", "--init", "he-normal", "--of", "delta-slope", "--at", "0,1",
                "--json").out());
        assertThat(json.at("/density/0").isTextual()).isTrue();
        assertThat(json.at("/density/0").asText()).isEqualTo("inf");
        assertThat(json.at("/density/1").isNumber()).isTrue();
    }

    @Test
    void unboundedPiecesEndAtInfAndAnUndefinedVarianceIsSaid() throws IOException {
        Path net = Files.writeString(tmp.resolve("net.json"), "{\"type\":\"shallow\",\"w\":[1,-1],\"b\":[0,1],"
                + "\"v\":[1,2],\"b0\":0}");
        List<String> pwl = ok("convert", "--net", net.toString(), "--to", "pwl").out().lines().toList();
        assertThat(pwl.get(1)).startsWith("-inf,");
        assertThat(pwl.get(pwl.size() - 1)).contains(",inf,");
        Path data = Files.writeString(tmp.resolve("d.csv"), "x,y\n-1,0\n0.5,1\n2,0\n");
        String critical = ok("critical", "--net", net.toString(), "--data", data.toString()).out();
        assertThat(critical).contains("[-inf").contains("inf)");
        JsonNode pieces = JSON.readTree(ok("critical", "--net", net.toString(), "--data", data.toString(), "--json")
                .out()).get("pieces");
        assertThat(pieces.get(0).get("from").asText()).isEqualTo("-inf");
        assertThat(pieces.get(pieces.size() - 1).get("to").asText()).isEqualTo("inf");
        // one network: no spread, the variance of one sample is not defined
        assertThat(ok("init-stats", "--init", "he-normal", "--width", "1", "--samples", "1").out())
                .contains(FiniteResults.UNDEFINED);
        ok("knots", "--net", net.toString(), "--data", data.toString());
    }
}
