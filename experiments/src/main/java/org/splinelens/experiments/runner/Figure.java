package org.splinelens.experiments.runner;

import java.util.List;

/**
 * A figure of an experiment, drawn from its summary.
 *
 * @param name   file stem ({@code name.png}, {@code name.svg})
 * @param title  caption, with the paper's figure number
 * @param xLabel x-axis label
 * @param yLabel y-axis label
 * @param logX   logarithmic x axis
 * @param logY   logarithmic y axis (points with y <= 0 are left out and error bars dropped)
 * @param series the curves
 */
public record Figure(String name, String title, String xLabel, String yLabel, boolean logX, boolean logY,
        List<Series> series) {

    /** A figure with a linear y axis. */
    public Figure(String name, String title, String xLabel, String yLabel, boolean logX, List<Series> series) {
        this(name, title, xLabel, yLabel, logX, false, series);
    }

    public Figure {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("figure name must be kebab-case, got '" + name + "'");
        }
        series = List.copyOf(series);
    }
}
