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
    /** The most points {@link #points()} holds in one array; {@link #point(long)} reaches any of them. */
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

    /**
     * @return the number of grid points, as a {@code double}: a grid is a valid value whatever its count (a command
     *         streams it point by point, or checks the count against its limit); only {@link #points()} is bounded
     */
    public double count() {
        return Math.floor((to - from) / step + 1e-9) + 1;
    }

    /** @return the number of grid points, at most {@value #MAX_POINTS}, the most {@link #points()} holds */
    public int size() {
        if (!(count() <= MAX_POINTS)) {
            throw new IllegalArgumentException("grid: more than " + MAX_POINTS + " points");
        }
        return (int) count();
    }

    /**
     * @param k {@code 0 <= k < count()}
     * @return {@code x_k = a + k·step} (multiplied, not accumulated, so no drift); the last point is {@code b} when
     *         it lies on the grid up to rounding
     */
    public double point(long k) {
        double x = from + k * step;
        return k > 0 && k == (long) count() - 1 && Math.abs(x - to) <= 1e-9 * step ? to : x;
    }

    /** @return every {@link #point(long)}; a grid of more than {@value #MAX_POINTS} points is refused */
    public double[] points() {
        int n = size();
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = point(k);
        }
        return x;
    }

    /** @return {@link #points()}, a grid too large for them refused naming {@code parameter} */
    public double[] points(String parameter) {
        try {
            return points();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(parameter + ": " + e.getMessage());
        }
    }
}
