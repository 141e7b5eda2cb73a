package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.splinelens.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.limits.Limits;

/**
 * Hardening, experiment configs: a config whose trials cannot fit, or would run past {@code --max-trial-work}, and a
 * run file with a config list too long, are refused in one line naming the key before any run directory exists.
 */
class ExperimentSizeTest {
    @TempDir
    Path tmp;

    private Path file(String name, String yaml) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void aWidthTooLargeIsRefusedBeforeTheRunDirectoryIsMade() throws IOException {
        // a width of 2e9 once failed its trials with "Java heap space", exit 1, after the directory was made
        Path yaml = file("big.yaml",
                "experiment: uniform-breakpoint-init\nscale: quick\nconfig:\n  width: 2000000000\n");
        Path out = tmp.resolve("out");
        String[] args = {"run", yaml.toString(), "--out", out.toString()};
        CliRun.assertBadInput(args);
        assertThat(run(args).err()).contains("big.yaml: experiment uniform-breakpoint-init: width 2000000000");
        assertThat(out).doesNotExist();
        CliRun.assertBadInput(new String[] {"run", "uniform-breakpoint-init", "--set", "epochs=2000000000", "--out",
            out.toString()});
        assertThat(run("run", "uniform-breakpoint-init", "--set", "epochs=2000000000", "--out", out.toString()).err())
                .contains("2000000000 epochs").contains(Limits.MORE_HEAP);
        assertThat(out).doesNotExist();
    }

    @Test
    void aTrialBeyondTheWorkLimitIsRefusedNamingTheOption() {
        Path out = tmp.resolve("out");
        String[] args = {"run", "gd-vs-dp", "--max-trial-work", "1000", "--out", out.toString()};
        CliRun.assertBadInput(args);
        assertThat(run(args).err()).contains("experiment gd-vs-dp: a trial of step 0.02")
                .contains("(--max-trial-work raises it)");
        String[] sweep = {"sweep", "loneliness", "--grid", "dataPoints=6,8", "--max-trial-work", "10", "--out",
            out.toString()};
        CliRun.assertBadInput(sweep);
        assertThat(run(sweep).err()).contains("sweep point (dataPoints=6)").contains("--max-trial-work");
        CliRun.assertBadInput(new String[] {"run", "loneliness", "--max-trial-work", "0", "--out", out.toString()});
        assertThat(out).doesNotExist();
        for (String command : new String[] {"run", "sweep"}) {
            assertThat(run(command, "--help").out()).as(command).contains("--max-trial-work=STEPS")
                    .contains("default 1e13");
        }
    }

    @Test
    void aConfigListTooLongIsRefusedNamingItsKeyAsItIsRead() throws IOException {
        String ratios = String.join(",", Collections.nCopies(1_000_000, "1"));
        Path yaml = file("long.yaml", "experiment: loneliness\nconfig:\n  ratios: [" + ratios + "]\n");
        String[] args = {"run", yaml.toString(), "--out", tmp.resolve("out").toString()};
        CliRun.assertBadInput(args);
        assertThat(run(args).err()).contains("long.yaml: key 'config.ratios': more than 10,000 entries, the most a"
                + " config list may hold");
        // --set lists meet the same limit when the config is bound
        CliRun.assertBadInput(new String[] {"run", "loneliness", "--set", "ratios=[" + String.join(",",
            Collections.nCopies(10_001, "1")) + "]", "--out", tmp.resolve("out").toString()});
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aRunFileBeyondWhatTheParserReadsIsRefusedBySize() throws IOException {
        Path yaml = file("huge.yaml", "experiment: loneliness\nconfig:\n  note: " + "a".repeat(13 << 20) + "\n");
        String[] args = {"run", yaml.toString(), "--out", tmp.resolve("out").toString()};
        CliRun.assertBadInput(args);
        assertThat(run(args).err()).contains("huge.yaml: 13 MB, more than the 3.0 MB of YAML a run file may hold");
    }
}
