package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.splinelens.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Honest scale on the command line: {@code run}'s verdict lines and {@code reproduce}'s table and index mark a verdict
 * below paper scale "indicative (quick scale)" or "(custom scale)", and leave paper-preset verdicts plain. The test
 * experiment {@code extra-init-roughness} has a paper preset of a second, so its paper scale runs here.
 */
class ScaleLabelsTest {
    private static final String EXPERIMENT = "extra-init-roughness";

    @TempDir
    Path tmp;

    @Test
    void runMarksQuickAndCustomVerdictsIndicativeAndLeavesThePaperPresetPlain() {
        CliRun quick = run("run", EXPERIMENT, "--out", tmp.resolve("quick").toString());
        assertThat(quick.code()).as(quick.err()).isZero();
        assertThat(quick.out()).contains(EXPERIMENT + " (quick scale): ")
                .containsPattern("  mean roughness at init matches Thm 2: .*\\[indicative \\(quick scale\\)]")
                .contains("only the paper preset");

        CliRun paper = run("run", EXPERIMENT, "--scale", "paper", "--out", tmp.resolve("paper").toString());
        assertThat(paper.code()).as(paper.err()).isZero();
        assertThat(paper.out()).contains(EXPERIMENT + " (paper scale): ").contains("mean roughness at init matches")
                .doesNotContain("indicative");

        CliRun custom = run("run", EXPERIMENT, "--scale", "paper", "--trials", "2", "--out",
                tmp.resolve("custom").toString());
        assertThat(custom.code()).as(custom.err()).isZero();
        assertThat(custom.out()).contains(EXPERIMENT + " (custom scale): ").contains("[indicative (custom scale)]");
    }

    @Test
    void reproduceKeepsPaperScaleVerdictsApartFromIndicativeOnes() throws IOException {
        Path paperDir = tmp.resolve("paper");
        Path record = tmp.resolve("RESULTS.md");
        CliRun paper = run("reproduce", "--only", EXPERIMENT, "--scale", "paper", "--out", paperDir.toString(),
                "--record", record.toString());
        assertThat(paper.code()).as(paper.err()).isZero();
        assertThat(Files.readString(record)).startsWith("# Results").contains("--scale paper --record")
                .contains("| " + EXPERIMENT + " | 5 | ").containsPattern("- \\*\\*(holds|does not hold)\\*\\*: mean"
                        + " roughness at init matches Thm 2");
        assertThat(paper.out()).containsPattern(EXPERIMENT + " +5 +— +[01]/1\n")
                .containsPattern("claims holding: [01]/1 at paper scale\n")
                .contains("paper-table cells agreeing: none\n").doesNotContain("indicative");
        assertThat(Files.readString(paperDir.resolve("report.html")))
                .containsPattern("claims holding: [01]/1 at paper scale")
                .doesNotContain("class=\"indicative\"");
        assertThat(Files.readString(paperDir.resolve(EXPERIMENT).resolve("summary.json")))
                .contains("\"standing\" : \"paper scale\"");

        Path quickDir = tmp.resolve("quick");
        CliRun quick = run("reproduce", "--only", EXPERIMENT, "--out", quickDir.toString());
        assertThat(quick.code()).as(quick.err()).isZero();
        assertThat(quick.out()).containsPattern(EXPERIMENT + " +2 +— +[01]/1 indicative \\(quick scale\\)\n")
                .containsPattern("claims holding: [01]/1 indicative \\(quick scale\\)\n")
                .contains("reproduce --scale paper");
        // stderr is not a console here: progress comes as plain lines
        assertThat(quick.err()).contains("reproduce: 2/2 trials");
        assertThat(Files.readString(quickDir.resolve("report.html")))
                .containsPattern("<span class=\"indicative\">[01]/1 indicative \\(quick scale\\)</span>");
        assertThat(Files.readString(quickDir.resolve(EXPERIMENT).resolve("report.html")))
                .contains("Claims — indicative (quick scale)");
        assertThat(Files.readString(quickDir.resolve(EXPERIMENT).resolve("summary.json")))
                .contains("\"standing\" : \"indicative (quick scale)\"");
    }
}
