package org.splinelens.baselines.segmented;

/**
 * One segment of a segmented fit: its OLS line on the sorted points {@code [first, end)}.
 *
 * @param first     index of its first point in the sorted data
 * @param end       one past its last point
 * @param from      x of its first point
 * @param to        x of its last point
 * @param slope     OLS slope
 * @param intercept OLS intercept
 */
public record Segment(int first, int end, double from, double to, double slope, double intercept) {

    public Segment {
        if (first < 0 || end <= first) {
            throw new IllegalArgumentException("segment needs 0 <= first < end, got [" + first + ", " + end + ")");
        }
    }

    public int points() {
        return end - first;
    }

    public double value(double x) {
        return slope * x + intercept;
    }
}
