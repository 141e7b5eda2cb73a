package org.splinelens.experiments.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A figure of an experiment, drawn from its summary. How it looks (title wrapping, ticks, log axes, markers, legend,
 * the y range, notes) is decided in one place, {@code org.splinelens.experiments.report.FigureStyle}; a figure only
 * says what it shows.
 *
 * @param name       file stem ({@code name.png}, {@code name.svg})
 * @param title      caption, with the paper's figure number
 * @param xLabel     x-axis label
 * @param yLabel     y-axis label
 * @param xScale     the x axis' scale
 * @param yScale     the y axis' scale
 * @param series     the curves
 * @param notes      lines printed under the title (what the reader must know to read the figure)
 * @param categories names of the x positions 0, 1, … (a categorical x axis), or empty for a numeric one
 */
public record Figure(String name, String title, String xLabel, String yLabel, Scale xScale, Scale yScale,
        List<Series> series, List<String> notes, List<String> categories) {

    /** An axis' scale. */
    public enum Scale {
        /** logarithmic when the axis' values are all positive and span more than a decade, else linear */
        AUTO,
        /** always linear */
        LINEAR,
        /** logarithmic (points with a value ≤ 0 are left out, and the figure says how many) */
        LOG
    }

    /**
     * A figure whose axes are logarithmic where asked ({@code logX}, {@code logY}) and chosen by their values
     * elsewhere ({@link Scale#AUTO}).
     */
    public Figure(String name, String title, String xLabel, String yLabel, boolean logX, boolean logY,
            List<Series> series) {
        this(name, title, xLabel, yLabel, logX ? Scale.LOG : Scale.AUTO, logY ? Scale.LOG : Scale.AUTO, series,
                List.of(), List.of());
    }

    /** A figure whose y axis' scale is chosen by its values. */
    public Figure(String name, String title, String xLabel, String yLabel, boolean logX, List<Series> series) {
        this(name, title, xLabel, yLabel, logX, false, series);
    }

    public Figure {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("figure name must be kebab-case, got '" + name + "'");
        }
        Objects.requireNonNull(xScale, "xScale");
        Objects.requireNonNull(yScale, "yScale");
        series = List.copyOf(series);
        notes = List.copyOf(notes);
        categories = List.copyOf(categories);
    }

    /** @return this figure with {@code note} printed under its title */
    public Figure withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new Figure(name, title, xLabel, yLabel, xScale, yScale, series, more, categories);
    }

    /** @return this figure with these axis scales */
    public Figure withScales(Scale x, Scale y) {
        return new Figure(name, title, xLabel, yLabel, x, y, series, notes, categories);
    }

    /** @return this figure with a categorical x axis: abscissa k is named {@code names.get(k)} */
    public Figure withCategories(List<String> names) {
        return new Figure(name, title, xLabel, yLabel, Scale.LINEAR, yScale, series, notes, names);
    }
}
