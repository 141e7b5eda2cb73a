package org.splinelens.experiments.gaproughness;

import java.util.Arrays;
import java.util.Locale;

/**
 * A trend over a sweep: the least-squares slope of {@code log y} on {@code log x} with its standard error
 * {@code SE = √(Σ r² / (n − 2) / Σ (u − ū)²)} (r the residuals, u = log x), and Spearman's rank correlation of x and y.
 * A trend counts when the slope is beyond two standard errors from 0; it needs n >= 3 points and positive values.
 *
 * @param slope    d log y / d log x
 * @param se       its standard error (NaN for fewer than 3 points)
 * @param spearman rank correlation of x and y (ties ranked by their mean rank)
 * @param n        points
 */
record Trend(double slope, double se, double spearman, int n) {

    /** @return the trend of y over x; NaN slope if a value is not positive */
    static Trend of(double[] x, double[] y) {
        int n = x.length;
        if (y.length != n) {
            throw new IllegalArgumentException("trend: x and y differ in length");
        }
        double[] u = new double[n];
        double[] v = new double[n];
        boolean positive = true;
        for (int i = 0; i < n; i++) {
            positive &= x[i] > 0 && y[i] > 0;
            u[i] = Math.log(x[i]);
            v[i] = Math.log(y[i]);
        }
        double slope = Double.NaN;
        double se = Double.NaN;
        if (positive && n >= 2) {
            double mu = mean(u);
            double mv = mean(v);
            double suu = 0;
            double suv = 0;
            for (int i = 0; i < n; i++) {
                suu += (u[i] - mu) * (u[i] - mu);
                suv += (u[i] - mu) * (v[i] - mv);
            }
            slope = suv / suu;
            if (n >= 3) {
                double rss = 0;
                for (int i = 0; i < n; i++) {
                    double r = v[i] - mv - slope * (u[i] - mu);
                    rss += r * r;
                }
                se = Math.sqrt(rss / (n - 2) / suu);
            }
        }
        return new Trend(slope, se, pearson(ranks(x), ranks(y)), n);
    }

    /** @return whether the slope is below −2 SE ({@code sign} &lt; 0) or above +2 SE ({@code sign} > 0) */
    boolean beyondTwoSe(int sign) {
        return sign < 0 ? slope + 2 * se < 0 : slope - 2 * se > 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "log-log slope %.3g ± %.2g (SE, %d points), Spearman %.3g", slope, se, n,
                spearman);
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }

    static double[] ranks(double[] a) {
        int n = a.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(a[p], a[q]));
        double[] rank = new double[n];
        for (int i = 0; i < n;) {
            int j = i;
            while (j + 1 < n && a[order[j + 1]] == a[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                rank[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return rank;
    }

    private static double pearson(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
