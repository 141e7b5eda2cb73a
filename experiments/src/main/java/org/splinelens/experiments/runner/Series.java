package org.splinelens.experiments.runner;

import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * One curve of a figure.
 *
 * @param name        legend entry
 * @param x           abscissae
 * @param y           ordinates (NaN where no trial gave a value: the figure says so instead of dropping it silently)
 * @param error       ± error bars (standard deviations), or null
 * @param markersOnly draw the points without joining them (data, breakpoints)
 * @param missing     per point, the trials of its cell without a value (diverged or undefined), or null when unknown
 * @param trials      per point, the trials of its cell, or null when unknown
 * @param faint       drawn light and thin behind the others: a reference such as a starting function
 */
public record Series(String name, double[] x, double[] y, double[] error, boolean markersOnly, int[] missing,
        int[] trials, boolean faint) {

    /** A curve or scatter drawn in its own colour. */
    public Series(String name, double[] x, double[] y, double[] error, boolean markersOnly, int[] missing,
            int[] trials) {
        this(name, x, y, error, markersOnly, missing, trials, false);
    }

    /** A curve or scatter whose trial counts are unknown. */
    public Series(String name, double[] x, double[] y, double[] error, boolean markersOnly) {
        this(name, x, y, error, markersOnly, null, null);
    }

    /** A curve: points joined by lines. */
    public Series(String name, double[] x, double[] y, double[] error) {
        this(name, x, y, error, false);
    }

    /** @return this series drawn faint, behind the others in colour (a starting function, a reference) */
    public Series faintly() {
        return new Series(name, x, y, error, markersOnly, missing, trials, true);
    }

    /** @return scattered points */
    public static Series markers(String name, double[] x, double[] y) {
        return new Series(name, x, y, null, true);
    }

    public Series {
        if (x.length != y.length || (error != null && error.length != y.length)
                || (missing != null && missing.length != y.length) || (trials != null && trials.length != y.length)
                || (missing == null) != (trials == null)) {
            throw new IllegalArgumentException("series " + name + ": x, y, error and trial-count lengths differ");
        }
        x = x.clone();
        y = y.clone();
        error = error == null ? null : error.clone();
        missing = missing == null ? null : missing.clone();
        trials = trials == null ? null : trials.clone();
    }

    /**
     * @param cellAt the summary cell of each abscissa
     * @return the curve of {@code metric}'s means over {@code x} (with ± sd bars if {@code errorBars}), with the
     *         trials of each cell that gave no value (the most values any metric of the cell counts, minus this
     *         metric's)
     */
    public static Series of(String name, double[] x, DoubleFunction<Map<String, String>> cellAt, Summary summary,
            String metric, boolean errorBars) {
        double[] mean = new double[x.length];
        double[] sd = new double[x.length];
        int[] missing = new int[x.length];
        int[] trials = new int[x.length];
        for (int k = 0; k < x.length; k++) {
            Map<String, String> levels = cellAt.apply(x[k]);
            Summary.Stat stat = summary.stat(levels, metric);
            mean[k] = stat.mean();
            sd[k] = stat.sd();
            trials[k] = trials(summary, levels);
            missing[k] = Math.max(0, trials[k] - stat.count());
        }
        return new Series(name, x, mean, errorBars ? sd : null, false, missing, trials);
    }

    /** @return the trials of the cell: the largest count of any of its metrics (one never NaN counts them all) */
    private static int trials(Summary summary, Map<String, String> levels) {
        int most = 0;
        for (Summary.CellSummary cell : summary.cells()) {
            if (cell.levels().equals(levels)) {
                for (Summary.Stat stat : cell.stats().values()) {
                    most = Math.max(most, stat.count());
                }
            }
        }
        return most;
    }
}
