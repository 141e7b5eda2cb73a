package org.splinelens.experiments.breakpointmobility;

/**
 * A run's trend of a per-layer count over the layers: its least-squares slope against the layer, and its rank
 * correlation with the layer (Spearman's), the order alone.
 */
final class LayerTrend {
    private LayerTrend() {
    }

    /** @return the least-squares slope of {@code values} against their index (the layer, up to a shift) */
    static double slope(double[] values) {
        if (values.length < 2) {
            throw new IllegalArgumentException("a trend needs at least two layers, got " + values.length);
        }
        double centre = (values.length - 1) / 2.0;
        double sxx = 0;
        double sxy = 0;
        for (int k = 0; k < values.length; k++) {
            sxx += (k - centre) * (k - centre);
            sxy += (k - centre) * values[k];
        }
        return sxy / sxx;
    }

    /**
     * Spearman's rank correlation of {@code values} with their index: the Pearson correlation of their ranks (ties
     * share the mean of their ranks) with 1 … n. It is +1 when the values increase strictly with the layer, and, unlike
     * the slope, bounded: one run with thousands of births in one layer weighs as much as any other.
     *
     * @return the correlation, 0 when every value is the same (no order to follow)
     */
    static double rankCorrelation(double[] values) {
        int n = values.length;
        if (n < 2) {
            throw new IllegalArgumentException("a trend needs at least two layers, got " + n);
        }
        double[] ranks = new double[n];
        for (int k = 0; k < n; k++) {
            int below = 0;
            int equal = 0;
            for (double other : values) {
                below += other < values[k] ? 1 : 0;
                equal += other == values[k] ? 1 : 0;
            }
            ranks[k] = below + (equal + 1) / 2.0; // ranks below + 1 … below + equal, averaged
        }
        double centre = (n + 1) / 2.0;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int k = 0; k < n; k++) {
            double x = k + 1 - centre;
            double y = ranks[k] - centre;
            sxy += x * y;
            sxx += x * x;
            syy += y * y;
        }
        return syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}
