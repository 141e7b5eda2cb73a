package org.splinelens.experiments.initdensities;

/**
 * Running count, mean and sum of squared deviations of a pooled sample (Welford's update), enough for its unbiased
 * variance without keeping the values and without the cancellation of {@code Σ y² − (Σ y)²/n}. A trial's own
 * accumulator, never shared.
 */
final class Moments {
    private long count;
    private double mean;
    private double squaredDeviations;

    void add(double value) {
        count++;
        double delta = value - mean;
        mean += delta / count;
        squaredDeviations += delta * (value - mean);
    }

    /** Adds every value. */
    void addAll(double[] values) {
        for (double v : values) {
            add(v);
        }
    }

    long count() {
        return count;
    }

    /** @return the unbiased variance, NaN below two values */
    double variance() {
        return count < 2 ? Double.NaN : squaredDeviations / (count - 1);
    }
}
