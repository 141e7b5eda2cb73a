package org.splinelens.experiments.piecesvsdepth;

/**
 * Ordinary least squares of {@code y} on {@code x}: {@code slope = Σ (x − x̄)(y − ȳ) / Σ (x − x̄)²}, its standard
 * error {@code √(s² / Σ (x − x̄)²)} with {@code s² = Σ r² / (n − 2)} the residual variance, and Pearson's correlation
 * {@code r}. A trend counts when the slope passes two standard errors.
 *
 * @param slope       the fitted slope
 * @param standardError its standard error (NaN below three points)
 * @param correlation Pearson's r (NaN when x or y is constant)
 * @param points      n
 */
public record Trend(double slope, double standardError, double correlation, int points) {

    /** @return the least-squares trend of {@code y} on {@code x} */
    public static Trend of(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("a trend needs two or more (x, y) pairs of equal count");
        }
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int k = 0; k < n; k++) {
            mx += x[k] / n;
            my += y[k] / n;
        }
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int k = 0; k < n; k++) {
            sxx += (x[k] - mx) * (x[k] - mx);
            sxy += (x[k] - mx) * (y[k] - my);
            syy += (y[k] - my) * (y[k] - my);
        }
        double slope = sxy / sxx;
        double residuals = Math.max(0, syy - slope * sxy);
        double se = n > 2 ? Math.sqrt(residuals / (n - 2) / sxx) : Double.NaN;
        double r = sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
        return new Trend(slope, se, r, n);
    }

    /** @return whether the slope is positive by more than two standard errors */
    public boolean rising() {
        return slope > 2 * standardError;
    }

    /** @return whether the slope is negative by more than two standard errors */
    public boolean falling() {
        return -slope > 2 * standardError;
    }
}
