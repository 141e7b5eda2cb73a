package org.splinelens.dynamics.gradient;

/**
 * The compensated running sums the sweeps ({@link SweepShallowObjective}, {@link SortedSweep}) share: error terms of
 * additions, the residual pass over the sorted data, and the table of active-side sums over every prefix and suffix
 * of it.
 */
final class SweepSums {
    private SweepSums() {
    }

    /**
     * @return the exact rounding error {@code (a + b) − sum} of {@code sum = fl(a + b)}, by Knuth's branch-free TwoSum:
     *         the same value Neumaier's magnitude test selects (both are exact), without a branch on the data
     */
    static double additionError(double a, double b, double sum) {
        double back = sum - a;
        return (a - (sum - back)) + (b - back);
    }

    /**
     * The residual pass over {@code n} sorted points. Crossing point j, the output's slope and intercept change by the
     * units that switch there, {@code delta[2j]} and {@code delta[2j + 1]}, both absorbed into compensated running
     * sums ({@link #additionError}) without drift. Then {@code f(x_j) = b0 + slope·x_j + intercept} and
     * {@code e_j = f(x_j) − y_j}; with {@code activeSideSums} the compensated prefix sums of e and e·x go to
     * {@code prefix} and are tabulated into {@code activeSums} ({@link #tabulate}).
     *
     * @param xs the sorted points from {@code xs[xFrom]} on; {@code ys} their targets from {@code ys[0]}
     * @return {@code ½ Σ e_j²}
     */
    static double residuals(double[] delta, double[] xs, int xFrom, double[] ys, int n, double b0,
            boolean activeSideSums, double[] prefix, double[] activeSums) {
        double slope = 0;
        double slopeLow = 0;
        double intercept = 0;
        double interceptLow = 0;
        double loss = 0;
        double r = 0;
        double rLow = 0;
        double m = 0;
        double mLow = 0;
        for (int j = 0; j < n; j++) {
            double slopeChange = delta[2 * j];
            double interceptChange = delta[2 * j + 1];
            double t = slope + slopeChange;
            slopeLow += additionError(slope, slopeChange, t);
            slope = t;
            t = intercept + interceptChange;
            interceptLow += additionError(intercept, interceptChange, t);
            intercept = t;
            double x = xs[xFrom + j];
            double e = b0 + (slope + slopeLow) * x + (intercept + interceptLow) - ys[j];
            loss += e * e;
            if (activeSideSums) {
                prefix[4 * j] = r;
                prefix[4 * j + 1] = rLow;
                prefix[4 * j + 2] = m;
                prefix[4 * j + 3] = mLow;
                t = r + e;
                rLow += additionError(r, e, t);
                r = t;
                double ex = e * x;
                t = m + ex;
                mLow += additionError(m, ex, t);
                m = t;
            }
        }
        if (activeSideSums) {
            prefix[4 * n] = r;
            prefix[4 * n + 1] = rLow;
            prefix[4 * n + 2] = m;
            prefix[4 * n + 3] = mLow;
            tabulate(prefix, activeSums, n);
        }
        return 0.5 * loss;
    }

    /**
     * Tabulates the active-side sums from compensated prefix sums: {@code prefix[4k … 4k + 3]} holds (Σe high, low,
     * Σe·x high, low) over the sorted points before k, for {@code k = 0 … n} (k = n: the totals). At {@code 4k}
     * {@code activeSums} receives (Σe, Σe·x) over the prefix [0, k), and at {@code 4k + 2} over the suffix [k, n),
     * taken as total minus prefix on the (high, low) pairs so it keeps the accuracy of a direct sum.
     */
    static void tabulate(double[] prefix, double[] activeSums, int n) {
        double r = prefix[4 * n];
        double rLow = prefix[4 * n + 1];
        double m = prefix[4 * n + 2];
        double mLow = prefix[4 * n + 3];
        for (int k = 0; k <= n; k++) {
            int at = 4 * k;
            activeSums[at] = prefix[at] + prefix[at + 1];
            activeSums[at + 1] = prefix[at + 2] + prefix[at + 3];
            activeSums[at + 2] = (r - prefix[at]) + (rLow - prefix[at + 1]);
            activeSums[at + 3] = (m - prefix[at + 2]) + (mLow - prefix[at + 3]);
        }
    }
}
