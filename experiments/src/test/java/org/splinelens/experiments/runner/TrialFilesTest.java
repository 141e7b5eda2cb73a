package org.splinelens.experiments.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.io.InvalidInputException;

/** A trial file is read back as written, or refused: an edited or concatenated file is not half-read. */
class TrialFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aWrittenTrialReadsBackAndAnAlteredOneIsRefusedNamingTheFile() throws IOException {
        List<Row> rows = List.of(new Row(Map.of("init", "he-normal"), Map.of("loss", 0.25)));
        Path file = TrialFiles.path(tmp, 3);
        TrialFiles.write(file, 3, "run-a", rows);
        assertThat(TrialFiles.read(file, 3, "run-a")).isEqualTo(rows);
        assertThatThrownBy(() -> TrialFiles.read(file, 3, "run-b")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ": the result of another run");
        String text = Files.readString(file);

        Files.writeString(file, text + text);
        assertThatThrownBy(() -> TrialFiles.read(file, 3, "run-a")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ": unreadable trial result (").hasMessageNotContaining("\n")
                .hasMessageEndingWith("); delete it to rerun that trial");
        // the trial number given twice: a lenient reader would take the second
        Files.writeString(file, text.replaceFirst("\\{", "{\"trial\":4,"));
        assertThatThrownBy(() -> TrialFiles.read(file, 3, "run-a")).hasMessageContaining("Duplicate field 'trial'");
    }
}
