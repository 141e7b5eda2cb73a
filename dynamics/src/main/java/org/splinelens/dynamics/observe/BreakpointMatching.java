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
    /** cost[i (q + 1) + j]: least displacement matching a_1..a_i into b_1..b_j (i ≤ j); grown on demand. */
    private double[] cost = new double[0];

    /**
     * @param before sorted breakpoints at the earlier snapshot
     * @param after  sorted breakpoints at the later one
     * @return for each index of {@code before}, the index of its partner in {@code after}, or −1 (a death)
     */
    public static int[] match(double[] before, double[] after) {
        BreakpointMatching matching = new BreakpointMatching();
        if (before.length <= after.length) {
            int[] partner = new int[before.length];
            matching.embed(before, before.length, after, after.length, partner);
            return partner;
        }
        int[] partnerOfAfter = new int[after.length];
        matching.embed(after, after.length, before, before.length, partnerOfAfter);
        int[] partner = new int[before.length];
        Arrays.fill(partner, -1);
        for (int j = 0; j < partnerOfAfter.length; j++) {
            partner[partnerOfAfter[j]] = j;
        }
        return partner;
    }

    /**
     * The order-preserving injection of least total displacement of the shorter {@code a[0 … p)} into
     * {@code b[0 … q)}, {@code p <= q}, reusing this matcher's table (allocation-free once it has grown).
     *
     * @param partner receives, for each {@code i < p}, the index of {@code a_i}'s partner in {@code b}
     */
    void embed(double[] a, int p, double[] b, int q, int[] partner) {
        int row = q + 1;
        int cells = (p + 1) * row;
        if (cost.length < cells) {
            cost = new double[Math.max(cells, 2 * cost.length)];
        }
        for (int j = 0; j <= q; j++) {
            cost[j] = 0;
        }
        for (int i = 1; i <= p; i++) {
            int at = i * row;
            cost[at + i - 1] = Double.POSITIVE_INFINITY;
            for (int j = i; j <= q; j++) {
                double skip = j > i ? cost[at + j - 1] : Double.POSITIVE_INFINITY;
                double pair = cost[at - row + j - 1] + Math.abs(a[i - 1] - b[j - 1]);
                cost[at + j] = Math.min(skip, pair);
            }
        }
        int j = q;
        for (int i = p; i >= 1; i--) {
            int at = i * row;
            while (j > i && cost[at + j] == cost[at + j - 1]) {
                j--;
            }
            partner[i - 1] = j - 1;
            j--;
        }
    }
}
