package org.splinelens.init.stats;

import java.util.Arrays;

/**
 * Sample statistics of one quantity.
 *
 * @param count     number of values
 * @param mean      sample mean
 * @param variance  unbiased sample variance
 * @param quantiles the values at {@link #LEVELS} (type-7 interpolation)
 */
public record SampleStatistics(long count, double mean, double variance, double[] quantiles) {
    /** The quantile levels reported: 5%, 25%, 50%, 75%, 95%. */
    public static final double[] LEVELS = {0.05, 0.25, 0.5, 0.75, 0.95};

    public SampleStatistics {
        quantiles = quantiles.clone();
    }

    @Override
    public double[] quantiles() {
        return quantiles.clone();
    }

    public static SampleStatistics of(double[] values) {
        return ofSorting(values.clone(), values.length);
    }

    /**
     * The statistics of {@code values[0, n)}, sorting them in place: no copy, so a pool of values as large as half the
     * heap can still be summarised.
     */
    public static SampleStatistics ofSorting(double[] values, int n) {
        if (n < 0 || n > values.length) {
            throw new IllegalArgumentException("n must be in 0.." + values.length + ", got " + n);
        }
        if (n == 0) {
            double[] nan = new double[LEVELS.length];
            Arrays.fill(nan, Double.NaN);
            return new SampleStatistics(0, Double.NaN, Double.NaN, nan);
        }
        double mean = 0;
        for (int k = 0; k < n; k++) {
            mean += values[k];
        }
        mean /= n;
        double ss = 0;
        for (int k = 0; k < n; k++) {
            ss += (values[k] - mean) * (values[k] - mean);
        }
        Arrays.sort(values, 0, n);
        double[] q = new double[LEVELS.length];
        for (int k = 0; k < LEVELS.length; k++) {
            double h = (n - 1) * LEVELS[k];
            int lo = (int) Math.floor(h);
            int hi = Math.min(lo + 1, n - 1);
            q[k] = values[lo] + (h - lo) * (values[hi] - values[lo]);
        }
        return new SampleStatistics(n, mean, n > 1 ? ss / (n - 1) : Double.NaN, q);
    }
}
