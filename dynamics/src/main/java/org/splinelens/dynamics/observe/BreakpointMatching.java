package org.splinelens.dynamics.observe;

import java.util.Arrays;

/**
 * Matches one unit's breakpoints between two snapshots.
 *
 * <p>Given sorted {@code a_1 < … < a_p} (before) and {@code b_1 < … < b_q} (after), the matching pairs
 * {@code min(p, q)} of them, preserves their order (a unit's breakpoints cannot pass each other without meeting,
 * where they annihilate), and minimises the total displacement {@code Σ |a_i − b_{π(i)}|} among such matchings.
 * The {@code |p − q|} unpaired breakpoints are the births ({@code q > p}) or deaths ({@code p > q}). Dynamic
 * programming, O(p q).
 */
public final class BreakpointMatching {
    private BreakpointMatching() {
    }

    /**
     * @param before sorted breakpoints at the earlier snapshot
     * @param after  sorted breakpoints at the later one
     * @return for each index of {@code before}, the index of its partner in {@code after}, or −1 (a death)
     */
    public static int[] match(double[] before, double[] after) {
        if (before.length <= after.length) {
            return embed(before, after);
        }
        int[] partnerOfAfter = embed(after, before);
        int[] partner = new int[before.length];
        Arrays.fill(partner, -1);
        for (int j = 0; j < partnerOfAfter.length; j++) {
            partner[partnerOfAfter[j]] = j;
        }
        return partner;
    }

    /** Order-preserving injection of the shorter {@code a} into {@code b} of least total displacement. */
    private static int[] embed(double[] a, double[] b) {
        int p = a.length;
        int q = b.length;
        // cost[i][j]: least displacement matching a_1..a_i into b_1..b_j (i <= j)
        double[][] cost = new double[p + 1][q + 1];
        for (int i = 1; i <= p; i++) {
            cost[i][i - 1] = Double.POSITIVE_INFINITY;
            for (int j = i; j <= q; j++) {
                double skip = j > i ? cost[i][j - 1] : Double.POSITIVE_INFINITY;
                double pair = cost[i - 1][j - 1] + Math.abs(a[i - 1] - b[j - 1]);
                cost[i][j] = Math.min(skip, pair);
            }
        }
        int[] partner = new int[p];
        int j = q;
        for (int i = p; i >= 1; i--) {
            while (j > i && cost[i][j] == cost[i][j - 1]) {
                j--;
            }
            partner[i - 1] = j - 1;
            j--;
        }
        return partner;
    }
}
