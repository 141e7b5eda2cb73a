package org.splinelens.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntBinaryOperator;

/**
 * The progress of {@code run} on stderr, told (trials done, trials in all) by the runner's workers: on a terminal a
 * bar with the time left, otherwise a plain line at every tenth of the trials.
 */
final class RunProgress implements IntBinaryOperator {
    private static final int BAR = 30;

    private final PrintWriter err;
    private final String label;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private int firstDone = -1;
    private int shown;
    private int loggedTenth = -1;

    RunProgress(PrintWriter err, String label, boolean terminal) {
        this.err = err;
        this.label = label;
        this.terminal = terminal;
    }

    @Override
    public synchronized int applyAsInt(int done, int all) {
        if (terminal) {
            bar(done, all);
        } else {
            log(done, all);
        }
        return 0;
    }

    /** Ends the bar's line. */
    void finish() {
        if (terminal) {
            err.println();
        }
    }

    /** A bar with trials done and, once a trial has finished in this run, the time left at the pace so far. */
    private void bar(int done, int all) {
        if (firstDone < 0) {
            firstDone = done; // trials resumed from an earlier run do not count toward the pace
        }
        if (done < shown) {
            return; // a worker that counted earlier reports late: never move the bar backwards
        }
        shown = done;
        int filled = all == 0 ? BAR : (int) ((long) BAR * done / all);
        String eta = "";
        if (done > firstDone && done < all) {
            double perTrial = (System.nanoTime() - started) / 1e9 / (done - firstDone);
            eta = String.format(Locale.ROOT, "  ETA %.0f s", perTrial * (all - done));
        }
        err.printf(Locale.ROOT, "\r%s [%s%s] %d/%d trials%s   ", label, "#".repeat(filled), " ".repeat(BAR - filled),
                done, all, eta);
        err.flush();
    }

    private void log(int done, int all) {
        int tenth = all == 0 ? 10 : (int) (10L * done / all);
        if (tenth > loggedTenth) {
            loggedTenth = tenth;
            err.printf(Locale.ROOT, "%s: %d/%d trials%n", label, done, all);
            err.flush();
        }
    }
}
