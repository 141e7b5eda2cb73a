package org.splinelens.core.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.splinelens.core.spline.SortOrder;

/**
 * Univariate regression data {@code {(x_n, y_n)}_{n=1}^N}: {@code N >= 1}, equal lengths, every value finite.
 *
 * @param x inputs
 * @param y targets
 */
public record Dataset(double[] x, double[] y) {

    public Dataset {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("dataset: x and y differ in length (" + x.length + " vs " + y.length
                    + ")");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("dataset: needs at least one point (N >= 1)");
        }
        for (int n = 0; n < x.length; n++) {
            if (!Double.isFinite(x[n])) {
                throw new IllegalArgumentException("dataset: x[" + n + "] is not finite (" + x[n] + ")");
            }
            if (!Double.isFinite(y[n])) {
                throw new IllegalArgumentException("dataset: y[" + n + "] is not finite (" + y[n] + ")");
            }
        }
        x = x.clone();
        y = y.clone();
    }

    /** @return {@code (x_n, f(x_n))} for every {@code x_n} */
    public static Dataset sample(double[] x, DoubleUnaryOperator f) {
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            y[n] = f.applyAsDouble(x[n]);
        }
        return new Dataset(x, y);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int size() {
        return x.length;
    }

    public double x(int n) {
        return x[n];
    }

    public double y(int n) {
        return y[n];
    }

    public double minX() {
        return Arrays.stream(x).min().orElseThrow();
    }

    public double maxX() {
        return Arrays.stream(x).max().orElseThrow();
    }

    /**
     * @return the magnitudes that decide whether double precision can hold a computation on these data, for error
     * messages: {@code "|x| up to 1.00e+300, |y| up to 2.00, smallest x spacing 1.00e-300"} (no spacing for one
     * distinct x)
     */
    public String magnitudes() {
        double largestX = 0;
        double largestY = 0;
        for (int n = 0; n < x.length; n++) {
            largestX = Math.max(largestX, Math.abs(x[n]));
            largestY = Math.max(largestY, Math.abs(y[n]));
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double spacing = Double.POSITIVE_INFINITY;
        for (int n = 1; n < sorted.length; n++) {
            if (sorted[n] > sorted[n - 1]) {
                spacing = Math.min(spacing, sorted[n] - sorted[n - 1]);
            }
        }
        return String.format(Locale.ROOT, "|x| up to %.3g, |y| up to %.3g", largestX, largestY)
                + (Double.isFinite(spacing) ? String.format(Locale.ROOT, ", smallest x spacing %.3g", spacing) : "");
    }

    /** @return the same points sorted by {@code x} (stable, so duplicate {@code x} keep their order) */
    public Dataset sortedByX() {
        int[] order = SortOrder.ascending(x); // primitive and stable: O(N log N) for million-point data
        double[] xs = new double[x.length];
        double[] ys = new double[y.length];
        for (int n = 0; n < order.length; n++) {
            xs[n] = x[order[n]];
            ys[n] = y[order[n]];
        }
        return new Dataset(xs, ys);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset other && Arrays.equals(x, other.x) && Arrays.equals(y, other.y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Dataset[N=" + x.length + "]";
    }
}
