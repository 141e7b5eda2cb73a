package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command line that does not parse gets one line with the nearest known name or the form that was meant. */
class ParameterHintsTest {
    @TempDir
    Path tmp;

    private static String refused(String... args) {
        CliRun run = CliRun.run(args);
        assertThat(run.code()).as(String.join(" ", args)).isEqualTo(SplinelensCommand.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).endsWith(System.lineSeparator());
        String line = run.err().strip();
        assertThat(line).doesNotContain("\n").startsWith("splinelens: ");
        return line.substring("splinelens: ".length());
    }

    @Test
    void anUnknownOptionSuggestsTheNearestOne() {
        assertThat(refused("train", "--widht", "4", "--data", "d.csv"))
                .isEqualTo("unknown option '--widht'; did you mean --width?");
        assertThat(refused("init", "--out", "n.json", "--sed=3")).isEqualTo("unknown option '--sed'; did you mean"
                + " --seed or --set?"); // equally near: both
        assertThat(refused("trian", "--width", "4")).isEqualTo("unknown command 'trian'; did you mean train?");
        // nothing near: the way to the list instead of a guess
        assertThat(refused("eval", "--net", "n.json", "--grid", "0:1:0.5", "--quux"))
                .isEqualTo("unknown option '--quux' (splinelens eval --help lists the options)");
    }

    @Test
    void valuesOfACommaListGivenApartGetTheCommaForm() {
        assertThat(refused("init", "--widths", "16", "16", "--out", tmp.resolve("n.json").toString()))
                .isEqualTo("--widths takes a comma list: --widths 16,16");
        assertThat(refused("init", "--widths=8", "4", "2", "--out", tmp.resolve("n.json").toString()))
                .isEqualTo("--widths takes a comma list: --widths 8,4,2");
        assertThat(refused("density", "--init", "gaussian", "--of", "breakpoint", "--at", "-1", "0.5"))
                .isEqualTo("--at takes a comma list: --at -1,0.5");
    }

    @Test
    void aBracketedGridListIsOneValueAndTheHintSweepsItsEntries() {
        Path out = tmp.resolve("sweep");
        assertThat(refused("sweep", "alpha-regimes", "--grid", "width=[21,100]", "--out", out.toString()))
                .contains("'width'").endsWith("; --grid width=[21,100] is one value, a list; to sweep its entries"
                        + " write --grid width=21,100");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void editsCountTranspositionsAsOne() {
        assertThat(ParameterHints.edits("widht", "width")).isEqualTo(1);
        assertThat(ParameterHints.edits("width", "widths")).isEqualTo(1);
        assertThat(ParameterHints.edits("", "abc")).isEqualTo(3);
        assertThat(ParameterHints.edits("kitten", "sitting")).isEqualTo(3); // the textbook Levenshtein example
        assertThat(ParameterHints.edits("ca", "abc")).isEqualTo(3); // OSA: no edit of a transposed pair again
        assertThat(ParameterHints.suggestion("--widht", Set.of("--width", "--widths", "--seed"), "x"))
                .isEqualTo("; did you mean --width?");
        assertThat(ParameterHints.suggestion("--wdth", Set.of("--width", "--depth"), "x"))
                .isEqualTo("; did you mean --width?");
        assertThat(ParameterHints.suggestion("--ab", Set.of("--xy"), "see --help")).isEqualTo(" (see --help)");
    }
}
