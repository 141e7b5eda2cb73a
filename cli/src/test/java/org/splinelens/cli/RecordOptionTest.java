package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reproduce --record refuses a name it cannot write before any work: one line, exit 2, no run directory. */
class RecordOptionTest {
    @TempDir
    Path tmp;

    @Test
    void anEmptyNameADirectoryAFileAsParentOrAnOverlongNameIsRefusedBeforeAnyRun() throws IOException {
        Path out = tmp.resolve("runs");
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        CliRun.assertBadInput(
                new String[] {"reproduce", "--only", "extra-init-roughness", "--out", out.toString(), "--record", ""},
                new String[] {"reproduce", "--only", "extra-init-roughness", "--out", out.toString(), "--record",
                        tmp.toString()},
                new String[] {"reproduce", "--only", "extra-init-roughness", "--out", out.toString(), "--record",
                        file.resolve("RESULTS.md").toString()},
                new String[] {"reproduce", "--only", "extra-init-roughness", "--out", out.toString(), "--record",
                        tmp.resolve("a".repeat(300) + ".md").toString()});
        assertThat(CliRun.run("reproduce", "--only", "extra-init-roughness", "--out", out.toString(), "--record",
                "").err()).contains("--record: expected a file name");
        assertThat(out).doesNotExist();
    }
}
