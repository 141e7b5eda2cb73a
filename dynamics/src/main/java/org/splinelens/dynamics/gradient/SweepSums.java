package org.splinelens.dynamics.gradient;

/**
 * The compensated running sums the sweeps ({@link SweepShallowObjective}, {@link SortedSweep}) share: error terms of
 * additions, and the table of active-side sums over every prefix and suffix of the sorted data.
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
