package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.splinelens.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that a lenient reader accepts with a meaning the user did not intend is refused in one line (exit 2) naming
 * the file, line and key or the option: network JSON, data CSV, run files, --set and --grid values, numeric options,
 * domains and grids. Each refusal quotes at most about a hundred characters of the input.
 */
class StrictInputTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final String NET = "{\"type\":\"shallow\",\"w\":[1.0],\"b\":[0.0],\"v\":[1.0],\"b0\":0.0}";

    @TempDir
    Path tmp;

    private Path file(String name, String content) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    /** @return the one error line of a run refused as bad input */
    private static String refused(String... args) {
        CliRun.assertBadInput(args);
        return run(args).err().strip();
    }

    @Test
    void networkJsonWithAKeyTwiceOrMoreAfterTheObjectIsRefused() throws IOException {
        Path dup = file("dup.json", NET.replace("\"b0\":0.0", "\"b0\":0.0,\"b0\":5.0"));
        assertThat(refused("convert", "--net", dup.toString(), "--to", "pwl")).startsWith("splinelens: " + dup
                + ": malformed JSON at line 1, column ").endsWith("Duplicate field 'b0'");
        Path trail = file("trail.json", NET + " garbage\n");
        assertThat(refused("convert", "--net", trail.toString(), "--to", "pwl")).isEqualTo("splinelens: " + trail
                + ": more content after the network's JSON object at line 1, column " + (NET.length() + 2)
                + "; a network file holds exactly one object");
        Path two = file("two.json", NET + NET);
        assertThat(refused("convert", "--net", two.toString(), "--to", "pwl")).contains(two + ": more content");
        // every reader of network files is the same reader: train --from as well
        assertThat(refused("train", "--from", two.toString(), "--target", "sin", "--epochs", "1"))
                .contains(two + ": more content");
        assertThat(run("convert", "--net", file("ok.json", NET + "\n").toString(), "--to", "pwl").code()).isZero();
    }

    @Test
    void dataCsvWithJavaOnlyNumbersOrNulIsRefusedNamingLineAndColumn() throws IOException {
        String[][] cases = {
            {"hex.csv", "x,y\n0x1p3,1\n2,3\n", "line 2, column 1 (x)", "'0x1p3'"},
            {"d.csv", "x,y\n1.5d,1\n2,3\n", "line 2, column 1 (x)", "'1.5d'"},
            {"f.csv", "x,y\n1,2f\n2,3\n", "line 2, column 2 (y)", "'2f'"},
            {"nan.csv", "x,y\n1,nan\n2,3\n", "line 2, column 2 (y)", "'nan'"},
            {"inf.csv", "x,y\n1,2\n2,Infinity\n", "line 3, column 2 (y)", "'Infinity'"},
            {"nul.csv", "x,y\n1,2\0\n2,3\n", "line 2, column 2", "a NUL character"},
        };
        for (String[] c : cases) {
            Path data = file(c[0], c[1]);
            assertThat(refused("fit", "--method", "linear", "--data", data.toString()))
                    .startsWith("splinelens: " + data + ": " + c[2] + ": ").contains(c[3]);
        }
        Path ok = file("ok.csv", "x,y\n1,1\n.5, 5.\n+2,\t1E+3\n1e-3,-.25\n");
        assertThat(run("fit", "--method", "linear", "--data", ok.toString()).code()).isZero();
    }

    @Test
    void aHugeCsvLineIsNotEchoed() throws IOException {
        Path data = file("longline.csv", "x,y\n" + "1".repeat(5_000_000) + ",a\n");
        String err = refused("fit", "--method", "linear", "--data", data.toString());
        assertThat(err).contains("(5,000,000 characters)").hasSizeLessThan(data.toString().length() + 250);
    }

    @Test
    void runFilesWithAKeyTwiceASecondDocumentOrAFractionForAnIntegerAreRefusedBeforeAnyWork() throws IOException {
        Path out = tmp.resolve("out");
        Path dup = file("dupkeys.yaml", "experiment: loneliness\nscale: quick\nconfig:\n  trials: 1\n  trials: 2\n");
        assertThat(refused("run", dup.toString(), "--out", out.toString())).isEqualTo("splinelens: " + dup
                + ": line 5, column 3: key 'config.trials': the key is given twice in one map; give it once");
        Path multi = file("multidoc.yaml", "experiment: loneliness\nscale: quick\n---\nexperiment: loneliness\n");
        assertThat(refused("run", multi.toString(), "--out", out.toString())).startsWith("splinelens: " + multi
                + ": a second YAML document at line 4, column 1");
        Path floatInt = file("floatint.yaml", "experiment: loneliness\nscale: quick\nconfig:\n  trials: 1.7\n");
        assertThat(refused("run", floatInt.toString(), "--out", out.toString())).isEqualTo("splinelens: " + floatInt
                + ": experiment loneliness: key 'trials': expected int, got 1.7");
        Path octal = file("octal.yaml", "experiment: loneliness\nconfig:\n  trials: 010\n");
        assertThat(refused("run", octal.toString(), "--out", out.toString())).contains(octal + ": line 3, column 11:"
                + " key 'config.trials': '010' is not a decimal number (YAML reads it as 8)");
        assertThat(refused("sweep", dup.toString(), "--grid", "ratios=[1],[2]", "--out", out.toString()))
                .contains(dup + ": line 5, column 3");
        assertThat(out).doesNotExist();
    }

    @Test
    void setAndGridValuesOfTheWrongKindAreRefusedNamingTheKey() throws IOException {
        Path out = tmp.resolve("out");
        assertThat(refused("run", "loneliness", "--set", "trials=1.7", "--out", out.toString()))
                .isEqualTo("splinelens: experiment loneliness: key 'trials': expected int, got 1.7");
        assertThat(refused("run", "loneliness", "--set", "trials=2.0", "--out", out.toString()))
                .contains("key 'trials': expected int, got 2.0");
        assertThat(refused("run", "loneliness", "--set", "trials='3'", "--out", out.toString()))
                .contains("key 'trials': expected int, got '3'");
        assertThat(refused("run", "loneliness", "--set", "trials=0x10", "--out", out.toString()))
                .startsWith("splinelens: --set trials: '0x10' is not a decimal number");
        // the file is fine: the --set laid over it is what breaks the config, so the file is not blamed
        Path fine = file("fine.yaml", "experiment: loneliness\nconfig:\n  trials: 2\n");
        assertThat(refused("run", fine.toString(), "--set", "trials=1.5", "--out", out.toString()))
                .isEqualTo("splinelens: experiment loneliness: key 'trials': expected int, got 1.5");
        assertThat(refused("sweep", "loneliness", "--set", "trials=1.5", "--grid", "ratios=[1],[2]", "--out",
                out.toString())).contains("key 'trials': expected int, got 1.5");
        assertThat(refused("sweep", "loneliness", "--grid", "trials=1.5,2", "--out", out.toString()))
                .contains("key 'trials': expected int, got 1.5");
        assertThat(refused("sweep", "loneliness", "--grid", "trials=1,010", "--out", out.toString()))
                .startsWith("splinelens: --grid trials: '010' is not a decimal number");
        assertThat(out).doesNotExist();
    }

    @Test
    void degenerateDomainsAndGridsAreRefusedNamingTheOption() {
        String net = EXAMPLES.resolve("shallow.json").toString();
        assertThat(refused("breakpoints", "--net", net, "--domain", "1,1")).isEqualTo("splinelens: --domain: expected"
                + " a < b (an interval with room for a piece), got '1,1'");
        assertThat(refused("breakpoints", "--net", net, "--domain", "2,1")).startsWith("splinelens: --domain: ");
        assertThat(refused("breakpoints", "--net", net, "--domain", "0x1,2")).startsWith("splinelens: --domain a,b,"
                + " a: expected a finite decimal number");
        assertThat(refused("breakpoints", "--net", net, "--domain", "0,Infinity")).startsWith("splinelens: --domain");
        assertThat(refused("breakpoints", "--net", net, "--domain", "1")).startsWith("splinelens: --domain: expected"
                + " a,b");
        assertThat(run("breakpoints", "--net", net, "--domain", " -1, 1").code()).isZero();
        String[] grids = {"1:0:0.1", "0:1:0", "0:1:-0.5", "0:1:NaN", "0:Infinity:1", "0:1:1e400", "0:1"};
        for (String grid : grids) {
            assertThat(refused("eval", "--net", net, "--grid", grid)).startsWith("splinelens: --grid");
        }
        for (String domain : new String[] {"1,1", "2,1", "0,Infinity", "NaN,1", "0,1,2"}) {
            assertThat(refused("train", "--target", "sin", "--domain", domain, "--width", "2", "--epochs", "1"))
                    .contains("--domain");
        }
    }

    @Test
    void numericOptionsAreDecimalsAndIntegersAsPeopleWriteThem() {
        String[][] cases = {
            {"--lr", "0x1p-3", "expected a finite decimal number"},
            {"--lr", "NaN", "expected a finite decimal number"},
            {"--lr", "1.5d", "expected a finite decimal number"},
            {"--lr", "1e400", "is beyond the range of a double"},
            {"--epochs", "1.5", "expected an integer, got '1.5'"},
            {"--width", "\u0663", "expected an integer"},
            {"--width", "99999999999999999999", "is beyond the range -2147483648 to 2147483647"},
        };
        for (String[] c : cases) {
            String[] args = {"train", "--target", "sin", "--width", "2", "--epochs", "1", c[0], c[1]};
            assertThat(refused(args)).as(c[1]).startsWith("splinelens: Invalid value for option '" + c[0] + "': ")
                    .contains(c[2]);
        }
        assertThat(refused("sweep", "loneliness", "--grid", "ratios=[1]", "--max-cells", "99999999999999999999"))
                .contains("'--max-cells'").contains("is beyond the range");
        assertThat(run("train", "--target", "sin", "--width", "+2", "--epochs", "1", "--lr", ".05").code()).isZero();
    }

    @Test
    void quotedOptionValuesAreCutToAHundredCharacters() {
        String huge = "z".repeat(100_000);
        String net = EXAMPLES.resolve("shallow.json").toString();
        String[][] cases = {
            {"convert", "--net", net, "--to", huge},
            {"train", "--target", huge, "--epochs", "1"},
            {"train", "--target", "sin", "--width", "2", "--epochs", "1", "--lr", huge},
            {"train", "--target", "sin", "--width", "2", "--epochs", "1", "--set", huge + "=1"},
            {"run", "loneliness", "--set", "trials=" + huge},
            {"eval", "--net", net, "--grid", huge},
            {"breakpoints", "--net", net, "--domain", huge},
        };
        for (String[] args : cases) {
            // the length is said only by an excerpt; the message backstop would cut at 400 characters without it
            assertThat(refused(args)).as(args[0] + " " + args[args.length - 2]).contains("(100,000 characters)")
                    .hasSizeLessThan(SplinelensCommand.MESSAGE_LIMIT);
        }
    }
}
