package org.splinelens.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.splinelens.core.limits.Limits;
import org.splinelens.dynamics.train.EpochListener;

/**
 * The progress of a training run: on a terminal a bar with the time left ({@link RunProgress}), redrawn at most a
 * thousand times a run; in a log (the run's {@code train.log}) a line at every tenth of the epochs with the loss,
 * the time so far and the time left, so a run in the background can be followed with {@code tail -f}.
 */
final class TrainingProgress implements EpochListener {
    private final RunProgress bar;
    private final PrintWriter log;
    private final int epochs;
    private final double lossFactor;
    private final String lossId;
    private final long started = System.nanoTime();
    private int drawn;
    private int logged;

    /**
     * @param bar        the terminal's bar, or {@code null}
     * @param log        the log, or {@code null}
     * @param lossFactor the factor from the loss trained on to the loss in the data's units
     * @param lossId     the loss's name, for the log
     */
    TrainingProgress(RunProgress bar, PrintWriter log, int epochs, double lossFactor, String lossId) {
        this.bar = bar;
        this.log = log;
        this.epochs = epochs;
        this.lossFactor = lossFactor;
        this.lossId = lossId;
    }

    @Override
    public void epoch(int epoch, double loss) {
        if (bar != null) {
            int permille = (int) (1000L * epoch / Math.max(epochs, 1));
            if (permille > drawn) {
                drawn = permille;
                bar.applyAsInt(epoch, epochs);
            }
        }
        if (log != null) {
            int tenth = (int) (10L * epoch / Math.max(epochs, 1));
            if (tenth > logged) {
                logged = tenth;
                double seconds = (System.nanoTime() - started) / 1e9;
                log.printf(Locale.ROOT, "epoch %d/%d (%d%%): loss %.6g (%s), %.1f s, %s left%n", epoch, epochs,
                        100L * epoch / Math.max(epochs, 1), lossFactor * loss, lossId, seconds,
                        epoch >= epochs ? "0 s" : Limits.duration(seconds / epoch * (epochs - epoch)));
                log.flush();
            }
        }
    }

    /** Ends the bar's line. */
    void finish() {
        if (bar != null) {
            bar.finish();
        }
    }
}
