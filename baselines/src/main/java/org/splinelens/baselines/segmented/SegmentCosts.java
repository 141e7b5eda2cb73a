package org.splinelens.baselines.segmented;

/**
 * O(1) least-squares costs of contiguous runs of sorted data. The data are centred on their means first, so the
 * prefix sums of x, y, x², xy, y² stay of the size of the spread, not of the offset; a run's centred moments are
 * then differences of prefixes, corrected by its own means.
 */
final class SegmentCosts {
    private final int size;
    private final double meanX;
    private final double meanY;
    private final double[] sx;
    private final double[] sy;
    private final double[] sxx;
    private final double[] sxy;
    private final double[] syy;

    /** @param x sorted by value, {@code y} alongside */
    SegmentCosts(double[] x, double[] y) {
        size = x.length;
        double mx = 0;
        double my = 0;
        for (int n = 0; n < size; n++) {
            mx += x[n];
            my += y[n];
        }
        meanX = size == 0 ? 0 : mx / size;
        meanY = size == 0 ? 0 : my / size;
        sx = new double[size + 1];
        sy = new double[size + 1];
        sxx = new double[size + 1];
        sxy = new double[size + 1];
        syy = new double[size + 1];
        for (int n = 0; n < size; n++) {
            double u = x[n] - meanX;
            double v = y[n] - meanY;
            sx[n + 1] = sx[n] + u;
            sy[n + 1] = sy[n] + v;
            sxx[n + 1] = sxx[n] + u * u;
            sxy[n + 1] = sxy[n] + u * v;
            syy[n + 1] = syy[n] + v * v;
        }
    }

    int size() {
        return size;
    }

    /** @return the residual sum of squares of the OLS line through points {@code [from, to)} (a mean if x is constant) */
    double rss(int from, int to) {
        int n = to - from;
        if (n <= 1) {
            return 0;
        }
        double x = sx[to] - sx[from];
        double y = sy[to] - sy[from];
        double xx = (sxx[to] - sxx[from]) - x * x / n;
        double xy = (sxy[to] - sxy[from]) - x * y / n;
        double yy = (syy[to] - syy[from]) - y * y / n;
        double rss = xx > 1e-12 * (sxx[to] - sxx[from]) && xx > 0 ? yy - xy * xy / xx : yy;
        return Math.max(0, rss);
    }

    /** @return {slope, intercept} of the OLS line through {@code [from, to)} in the original coordinates */
    double[] line(int from, int to) {
        int n = to - from;
        double x = sx[to] - sx[from];
        double y = sy[to] - sy[from];
        double xx = (sxx[to] - sxx[from]) - x * x / n;
        double xy = (sxy[to] - sxy[from]) - x * y / n;
        double slope = xx > 1e-12 * (sxx[to] - sxx[from]) && xx > 0 ? xy / xx : 0;
        // through the run's centroid (x/n + meanX, y/n + meanY)
        double intercept = (y / n + meanY) - slope * (x / n + meanX);
        return new double[] {slope, intercept};
    }
}
