package org.splinelens.experiments.runner;

import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * One curve of a figure.
 *
 * @param name  legend entry
 * @param x     abscissae
 * @param y     ordinates
 * @param error ± error bars (standard deviations), or null
 * @param markersOnly draw the points without joining them (data, breakpoints)
 */
public record Series(String name, double[] x, double[] y, double[] error, boolean markersOnly) {

    /** A curve: points joined by lines. */
    public Series(String name, double[] x, double[] y, double[] error) {
        this(name, x, y, error, false);
    }

    /** @return scattered points */
    public static Series markers(String name, double[] x, double[] y) {
        return new Series(name, x, y, null, true);
    }

    public Series {
        if (x.length != y.length || (error != null && error.length != y.length)) {
            throw new IllegalArgumentException("series " + name + ": x, y and error lengths differ");
        }
        x = x.clone();
        y = y.clone();
        error = error == null ? null : error.clone();
    }

    /**
     * @param cellAt the summary cell of each abscissa
     * @return the curve of {@code metric}'s means over {@code x} (with ± sd bars if {@code errorBars})
     */
    public static Series of(String name, double[] x, DoubleFunction<Map<String, String>> cellAt, Summary summary,
            String metric, boolean errorBars) {
        double[] mean = new double[x.length];
        double[] sd = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            Summary.Stat stat = summary.stat(cellAt.apply(x[k]), metric);
            mean[k] = stat.mean();
            sd[k] = stat.sd();
        }
        return new Series(name, x, mean, errorBars ? sd : null);
    }
}
