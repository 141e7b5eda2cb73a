package org.splinelens.experiments.runner;

/**
 * One curve of a figure.
 *
 * @param name  legend entry
 * @param x     abscissae
 * @param y     ordinates
 * @param error ± error bars (standard deviations), or null
 */
public record Series(String name, double[] x, double[] y, double[] error) {

    public Series {
        if (x.length != y.length || (error != null && error.length != y.length)) {
            throw new IllegalArgumentException("series " + name + ": x, y and error lengths differ");
        }
        x = x.clone();
        y = y.clone();
        error = error == null ? null : error.clone();
    }
}
