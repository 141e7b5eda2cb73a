package org.splinelens.baselines.segmented;

import org.splinelens.core.spline.LineFit;

/**
 * O(1) least-squares costs of contiguous runs of sorted data. The data are centred on their means first, so the
 * prefix sums of x, y, x², xy, y² stay of the size of the spread, not of the offset; a run's centred moments are
 * then differences of prefixes, which {@link LineFit} corrects by the run's own means.
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

    /**
     * @return the residual sum of squares of the least-squares line of points {@code [from, to)}, O(1) and
     *         allocation-free (the horizontal line through the mean when their x are all equal, see {@link LineFit})
     */
    double rss(int from, int to) {
        return LineFit.rss(to - from, sx[to] - sx[from], sy[to] - sy[from], sxx[to] - sxx[from],
                sxy[to] - sxy[from], syy[to] - syy[from]);
    }

    /** @return the least-squares line of points {@code [from, to)} in the original coordinates, with its rss */
    LineFit line(int from, int to) {
        return LineFit.ofSums(to - from, meanX, meanY, sx[to] - sx[from], sy[to] - sy[from], sxx[to] - sxx[from],
                sxy[to] - sxy[from], syy[to] - syy[from]);
    }
}
