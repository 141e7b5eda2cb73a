package org.splinelens.experiments.initdensities;

/**
 * Running count, sum and sum of squares of a pooled sample, enough for its unbiased variance
 * {@code (Σ y² − (Σ y)²/n) / (n − 1)} without keeping the values. A trial's own accumulator, never shared.
 */
final class Moments {
    private long count;
    private double sum;
    private double squares;

    void add(double value) {
        count++;
        sum += value;
        squares += value * value;
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
        return count < 2 ? Double.NaN : Math.max(0.0, (squares - sum * sum / count) / (count - 1));
    }
}
