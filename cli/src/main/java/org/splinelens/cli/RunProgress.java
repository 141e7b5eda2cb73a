package org.splinelens.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntBinaryOperator;
import org.splinelens.core.limits.WorkEstimate;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The progress of {@code run} and {@code reproduce} on stderr, told (trials done, trials in all) by the runner's
 * workers: on a terminal a bar with the time left, otherwise (stderr redirected to a log, a CI job) a plain line at
 * every tenth of the trials. Other long work ({@code fit},
 * {@code census}, {@code init-stats}) counts in its own unit, or in percent.
 */
final class RunProgress implements IntBinaryOperator {
    /** The unit of work that reports (percent done, 100). */
    static final String PERCENT = "%";

    private static final int BAR = 30;

    private final PrintWriter err;
    private final String label;
    private final String unit;
    private final boolean terminal;
    private final boolean quiet;
    private final long started = System.nanoTime();
    private int firstDone = -1;
    private int shown;
    private int loggedTenth = -1;

    RunProgress(PrintWriter err, String label, boolean terminal) {
        this(err, label, "trials", terminal, false);
    }

    private RunProgress(PrintWriter err, String label, String unit, boolean terminal, boolean quiet) {
        this.err = err;
        this.label = label;
        this.unit = unit;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    /** @return a bar on the terminal {@code err}, counting {@code unit} ({@code "epochs"}) */
    static RunProgress bar(PrintWriter err, String label, String unit) {
        return new RunProgress(err, label, unit, true, false);
    }

    /**
     * @param unit what is counted ({@code "samples"}), or {@link #PERCENT} when the work reports percent done
     * @return the progress of work on stderr when its estimate is long ({@link WorkLimit#PROGRESS_STEPS}), else
     *         nothing: short work stays quiet
     */
    static RunProgress forWork(CommandSpec spec, String label, String unit, WorkEstimate estimate) {
        return forWork(spec.commandLine().getErr(), System.console() != null, label, unit, estimate);
    }

    /** {@link #forWork(CommandSpec, String, String, WorkEstimate)} on {@code err}, a terminal or not. */
    static RunProgress forWork(PrintWriter err, boolean terminal, String label, String unit, WorkEstimate estimate) {
        return new RunProgress(err, label, unit, terminal, !(estimate.steps() >= WorkLimit.PROGRESS_STEPS));
    }

    @Override
    public synchronized int applyAsInt(int done, int all) {
        if (quiet) {
            return 0;
        }
        if (terminal) {
            bar(done, all);
        } else {
            log(done, all);
        }
        return 0;
    }

    /** Ends the bar's line. */
    void finish() {
        if (terminal && !quiet) {
            err.println();
        }
    }

    /** A bar with trials done and, once a trial has finished in this run, the time left at the pace so far. */
    private void bar(int done, int all) {
        if (firstDone < 0) {
            firstDone = done; // trials resumed from an earlier run do not count toward the pace
        }
        if (done < shown || (done == shown && done > firstDone)) {
            return; // a worker that counted earlier reports late: never move the bar backwards, nor redraw it
        }
        shown = done;
        int filled = all == 0 ? BAR : (int) ((long) BAR * done / all);
        err.printf(Locale.ROOT, "\r%s [%s%s] %s%s   ", label, "#".repeat(filled), " ".repeat(BAR - filled),
                count(done, all), eta(done, all));
        err.flush();
    }

    /** @return {@code "  ETA 12 s"} at the pace of this run's finished work, or nothing before any or after all */
    private String eta(int done, int all) {
        if (done <= firstDone || done >= all) {
            return "";
        }
        double perUnit = (System.nanoTime() - started) / 1e9 / (done - firstDone);
        return String.format(Locale.ROOT, "  ETA %.0f s", perUnit * (all - done));
    }

    private String count(int done, int all) {
        return unit.equals(PERCENT) ? done + "%" : done + "/" + all + " " + unit;
    }

    /** A line at every tenth of the work: a log stays short. */
    private void log(int done, int all) {
        int tenth = all == 0 ? 10 : (int) (10L * done / all);
        if (tenth > loggedTenth) {
            loggedTenth = tenth;
            err.printf(Locale.ROOT, "%s: %s%n", label, count(done, all));
            err.flush();
        }
    }
}
