package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@link TrainingProgress}: the terminal's bar and the log's lines, told every epoch. */
class TrainingProgressTest {
    @Test
    void theBarIsRedrawnAtMostAThousandTimesAndEndsFull() {
        StringWriter terminal = new StringWriter();
        PrintWriter err = new PrintWriter(terminal);
        TrainingProgress progress = new TrainingProgress(RunProgress.bar(err, "train", "epochs"), null, 5000, 1, "mse");
        for (int e = 1; e <= 5000; e++) {
            progress.epoch(e, 1.0 / e);
        }
        progress.finish();
        err.flush();
        String drawn = terminal.toString();
        long redraws = drawn.chars().filter(c -> c == '\r').count();
        assertThat(redraws).isBetween(2L, 1000L);
        assertThat(drawn).contains("train [").contains("ETA").contains("5000/5000 epochs").endsWith("\n");
        assertThat(drawn.substring(drawn.lastIndexOf('\r'))).contains("#".repeat(30));
    }

    @Test
    void theLogHasALineEveryTenthWithTheLossInTheDataUnits() {
        StringWriter log = new StringWriter();
        TrainingProgress progress = new TrainingProgress(null, new PrintWriter(log), 95, 4, "mse");
        for (int e = 1; e <= 95; e++) {
            progress.epoch(e, 0.5);
        }
        String[] lines = log.toString().split("\n");
        assertThat(lines).hasSize(10);
        assertThat(lines[0]).startsWith("epoch 10/95 (10%): loss 2.00000 (mse)");
        assertThat(lines[9]).startsWith("epoch 95/95 (100%): loss 2.00000 (mse)").endsWith("0 s left");
    }
}
