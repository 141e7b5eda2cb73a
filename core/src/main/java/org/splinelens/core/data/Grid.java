package org.splinelens.core.data;

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

    /** Parses {@code "a:b:step"}; the error message names {@code parameter}. */
    public static Grid parse(String spec, String parameter) {
        String[] parts = spec.split(":", -1);
        if (parts.length != 3) {
            throw new InvalidInputException(parameter + ": expected a:b:step, got '" + spec + "'");
        }
        try {
            return new Grid(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                    Double.parseDouble(parts[2].trim()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(parameter + ": expected three numbers a:b:step, got '" + spec + "'");
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(parameter + ": " + e.getMessage() + " in '" + spec + "'");
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
