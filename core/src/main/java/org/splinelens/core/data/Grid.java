package org.splinelens.core.data;

import org.splinelens.core.io.Decimal;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.io.InvalidInputException;

/**
 * An evaluation grid {@code a, a + step, …} up to {@code b} inclusive: {@code x_k = a + k·step} for
 * {@code k = 0 … ⌊(b − a)/step + 1e-9⌋}, so {@code b} is included when it lies on the grid up to rounding.
 *
 * @param from first point {@code a}
 * @param to   last point {@code b >= a}
 * @param step spacing, {@code > 0}
 */
public record Grid(double from, double to, double step) {
    private static final long MAX_POINTS = 50_000_000L;

    public Grid {
        if (!Double.isFinite(from) || !Double.isFinite(to) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("grid: a, b and step must be finite numbers");
        }
        if (!(step > 0)) {
            throw new IllegalArgumentException("grid: step must be > 0, got " + step);
        }
        if (to < from) {
            throw new IllegalArgumentException("grid: b (" + to + ") must be >= a (" + from + ")");
        }
        if ((to - from) / step + 1 > MAX_POINTS) {
            throw new IllegalArgumentException("grid: more than " + MAX_POINTS + " points");
        }
    }

    /**
     * Parses {@code "a:b:step"}, each a finite decimal as {@link Decimal} reads it. {@code a = b} is the one point
     * {@code a}, not an error: evaluating at a single x is a fair request, unlike an empty interval.
     *
     * @throws InvalidInputException naming {@code parameter} (and which of a, b, step is wrong) when the text is not
     *                               three decimals, or the grid is degenerate: step {@code <= 0}, {@code b < a}
     */
    public static Grid parse(String spec, String parameter) {
        String[] parts = spec.split(":", -1);
        if (parts.length != 3) {
            throw new InvalidInputException(parameter + ": expected a:b:step, got " + Excerpt.of(spec));
        }
        double from = Decimal.parse(parts[0], parameter + " a:b:step, a");
        double to = Decimal.parse(parts[1], parameter + " a:b:step, b");
        double step = Decimal.parse(parts[2], parameter + " a:b:step, step");
        try {
            return new Grid(from, to, step);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(parameter + ": " + e.getMessage() + " in " + Excerpt.of(spec));
        }
    }

    /** @return the number of grid points */
    public int size() {
        return (int) Math.floor((to - from) / step + 1e-9) + 1;
    }

    /** @return {@code x_k = a + k·step} (multiplied, not accumulated, so no drift) */
    public double[] points() {
        int n = size();
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = from + k * step;
        }
        if (n > 1 && Math.abs(x[n - 1] - to) <= 1e-9 * step) {
            x[n - 1] = to;
        }
        return x;
    }
}
