package org.splinelens.core.spline;

import org.splinelens.core.limits.PrecisionExceeded;

/**
 * The least-squares line {@code y ≈ slope·x + intercept} of n points {@code (x_k, y_k)} and its residual sum of
 * squares {@code rss = Σ (y_k − slope·x_k − intercept)²}: the OLS line of one piece of the data (the pieces of
 * Thm 4's piecewise-OLS critical points, the segments of segmented regression).
 *
 * <p>Mathematics. With the means {@code x̄, ȳ} and the central moments {@code Sxx = Σ(x − x̄)²},
 * {@code Sxy = Σ(x − x̄)(y − ȳ)}, {@code Syy = Σ(y − ȳ)²}, the normal equations give {@code slope = Sxy / Sxx},
 * {@code intercept = ȳ − slope·x̄} and {@code rss = Syy − Sxy² / Sxx}. The moments are taken from sums of
 * {@code u = x − x0}, {@code v = y − y0} about an origin {@code (x0, y0)} near the data:
 * {@code Sxx = Σu² − (Σu)²/n}, {@code Sxy = Σuv − ΣuΣv/n}, {@code Syy = Σv² − (Σv)²/n}, exact for any origin and
 * free of cancellation when the origin is close to the data. {@link #of(double[], double[], int, int)} takes the
 * points' own means as origin (the corrected two-pass algorithm); a caller with prefix sums of globally centred data
 * passes a run's differences of prefixes to {@link #ofSums} or, allocation-free, to
 * {@link #rss(int, double, double, double, double, double)}, which is what makes a run's cost O(1).
 *
 * <p>Degenerate data, one rule. The least-squares line is {@link #unique()} iff {@code n >= 2} and the x are not all
 * equal, judged as {@code Sxx > 1e-12 Σu²}: below that fraction what is left of {@code Σu²} after subtracting
 * {@code (Σu)²/n} is rounding, not spread. Otherwise every line through the centroid is a least-squares line (any
 * line at all when {@code n = 0}), and this class returns the horizontal line through the mean: slope 0, intercept
 * {@code ȳ}, {@code rss = Syy} (which is then the least rss of any line); with {@code n = 1} that is the line through
 * the point with {@code rss = 0} exactly, and with {@code n = 0} the zero line with {@code rss = 0}. Why this one:
 * it is the least-squares line of least |slope| (the pseudo-inverse solution in centred coordinates), so its rss
 * is the true least residual and it is finite, which is what segmented regression needs of a run's cost and fit;
 * callers to whom a non-unique line means "no constraint" (a critical-point report's free pieces) test
 * {@link #unique()} instead of reading the slope.
 *
 * @param n         number of points, {@code >= 0}
 * @param slope     the least-squares slope; 0 when the line is not unique
 * @param intercept the intercept; {@code ȳ} when the line is not unique (0 with no points)
 * @param rss       residual sum of squares of this line, {@code >= 0}
 * @param unique    {@code n >= 2} and the x are not all equal, so no other line has as small an rss
 */
public record LineFit(int n, double slope, double intercept, double rss, boolean unique) {
    /** Relative size of {@code Sxx} in {@code Σu²} below which the x count as all equal. */
    private static final double SPREAD_TOLERANCE = 1e-12;

    public LineFit {
        if (n < 0 || rss < 0 || unique && n < 2) {
            throw new IllegalArgumentException("a line fit needs n >= 0, rss >= 0 and, when unique, n >= 2; got n = "
                    + n + ", rss = " + rss + ", unique = " + unique);
        }
    }

    /**
     * Refuses data whose least squares leave double precision. The moments square the centred data: a spread of x
     * whose square is below {@link Double#MIN_NORMAL} makes distinct x look equal (or the slope Sxy/Sxx lose its
     * digits), and a spread of x or a |y| whose squares summed over the points overflow leave NaN or ∞.
     *
     * @param what the computation, for the message ("dp", "census")
     * @throws PrecisionExceeded naming the spread or the |y| and which way it fails
     */
    public static void requireSquarable(String what, double[] x, double[] y) {
        int n = x.length;
        double meanX = 0;
        for (double xk : x) {
            meanX += xk / n;
        }
        double spread = 0;
        double largestY = 0;
        for (int k = 0; k < n; k++) {
            spread = Math.max(spread, Math.abs(x[k] - meanX));
            largestY = Math.max(largestY, Math.abs(y[k]));
        }
        if (spread > 0 && spread * spread < Double.MIN_NORMAL) {
            throw new PrecisionExceeded(what + ": the x values spread over only " + spread + ", too little for least"
                    + " squares in double precision (their squares underflow); rescale x");
        }
        if (!Double.isFinite(spread * spread * n)) {
            throw new PrecisionExceeded(what + ": the x values spread over " + spread + ", too much for least squares"
                    + " in double precision (their squares overflow); rescale x");
        }
        if (!Double.isFinite(largestY * largestY * n)) {
            throw new PrecisionExceeded(what + ": |y| up to " + largestY + " is too large for least squares in double"
                    + " precision (the squares overflow); rescale y");
        }
    }

    /** @return {@code slope·x + intercept} */
    public double value(double x) {
        return slope * x + intercept;
    }

    /** @return the least-squares line of all points {@code (x[k], y[k])} */
    public static LineFit of(double[] x, double[] y) {
        return of(x, y, 0, x.length);
    }

    /** @return the least-squares line of the points {@code (x[k], y[k])}, {@code from <= k < to} */
    public static LineFit of(double[] x, double[] y, int from, int to) {
        if (x.length != y.length || from < 0 || to < from || to > x.length) {
            throw new IllegalArgumentException("a line fit needs equally many x and y and 0 <= from <= to <= "
                    + x.length + ", got " + y.length + " y values and [" + from + ", " + to + ")");
        }
        int n = to - from;
        if (n == 0) {
            return ofSums(0, 0, 0, 0, 0, 0, 0, 0);
        }
        double meanX = 0;
        double meanY = 0;
        for (int k = from; k < to; k++) {
            meanX += x[k];
            meanY += y[k];
        }
        meanX /= n;
        meanY /= n;
        double su = 0;
        double sv = 0;
        double suu = 0;
        double suv = 0;
        double svv = 0;
        for (int k = from; k < to; k++) {
            double u = x[k] - meanX;
            double v = y[k] - meanY;
            su += u;
            sv += v;
            suu += u * u;
            suv += u * v;
            svv += v * v;
        }
        return ofSums(n, meanX, meanY, su, sv, suu, suv, svv);
    }

    /**
     * The line from sums over its points of {@code u = x − x0} and {@code v = y − y0}.
     *
     * @param n       number of points
     * @param originX {@code x0}
     * @param originY {@code y0}
     * @param sumU    {@code Σu}
     * @param sumV    {@code Σv}
     * @param sumUU   {@code Σu²}
     * @param sumUV   {@code Σuv}
     * @param sumVV   {@code Σv²}
     * @return the least-squares line in the original coordinates, by the rule for degenerate data above
     */
    public static LineFit ofSums(int n, double originX, double originY, double sumU, double sumV, double sumUU,
            double sumUV, double sumVV) {
        if (n == 0) {
            return new LineFit(0, 0, 0, 0, false);
        }
        double xx = sumUU - sumU * sumU / n;
        double xy = sumUV - sumU * sumV / n;
        boolean unique = spread(n, xx, sumUU);
        double slope = unique ? xy / xx : 0;
        // through the centroid (x0 + Σu/n, y0 + Σv/n)
        double intercept = (sumV / n + originY) - slope * (sumU / n + originX);
        return new LineFit(n, slope, intercept, rss(n, sumU, sumV, sumUU, sumUV, sumVV), unique);
    }

    /**
     * The residual sum of squares of {@link #ofSums}'s line without building it (no allocation: the O(1) cost of a
     * run from prefix sums); the origin does not enter.
     *
     * @return {@code max(0, Syy − Sxy²/Sxx)}, {@code max(0, Syy)} when the line is not unique, 0 when {@code n <= 1}
     */
    public static double rss(int n, double sumU, double sumV, double sumUU, double sumUV, double sumVV) {
        if (n <= 1) {
            return 0;
        }
        double xx = sumUU - sumU * sumU / n;
        double xy = sumUV - sumU * sumV / n;
        double yy = sumVV - sumV * sumV / n;
        double rss = spread(n, xx, sumUU) ? yy - xy * xy / xx : yy;
        return Math.max(0, rss);
    }

    /** The x are not all equal: see the class comment. */
    private static boolean spread(int n, double sxx, double sumUU) {
        return n >= 2 && sxx > 0 && sxx > SPREAD_TOLERANCE * sumUU;
    }
}
