package org.splinelens.losssurface.partition;

import java.util.Arrays;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.SortOrder;

/**
 * The partition of the data by H breakpoints: sorted {@code β_(1) <= … <= β_(H)} cut the line into H + 1 pieces
 * {@code (−∞, β_(1)), [β_(1), β_(2)), …, [β_(H), ∞)}, and piece p holds the data points that fall in it (a point on a
 * breakpoint belongs to the piece on its right, as in the proof of Thm 4). The partition is <em>lonely</em> when
 * every piece holds at most one data point (Lemma 1).
 *
 * @param breakpoints sorted breakpoints
 * @param pieceSizes  data points per piece, H + 1 entries
 */
public record DataPartition(double[] breakpoints, int[] pieceSizes) {

    public DataPartition {
        breakpoints = breakpoints.clone();
        pieceSizes = pieceSizes.clone();
        if (pieceSizes.length != breakpoints.length + 1) {
            throw new IllegalArgumentException("a partition by " + breakpoints.length + " breakpoints has "
                    + (breakpoints.length + 1) + " pieces, got " + pieceSizes.length);
        }
    }

    /** @return the partition of {@code x} by {@code breakpoints} (any order, finite) */
    public static DataPartition of(double[] breakpoints, double[] x) {
        double[] sorted = breakpoints.clone();
        Arrays.sort(sorted);
        int[] sizes = new int[sorted.length + 1];
        for (double xn : x) {
            // pieces to the left of x_n's piece: breakpoints <= x_n
            int piece = SortOrder.countAtMost(sorted, xn);
            sizes[piece]++;
        }
        return new DataPartition(sorted, sizes);
    }

    /** @return the partition by the breakpoints {@code −b_i/w_i} of the units with {@code w_i ≠ 0} */
    public static DataPartition of(ShallowNetwork network, double[] x) {
        double[] beta = new double[network.width()];
        int count = 0;
        for (int i = 0; i < network.width(); i++) {
            if (network.w(i) != 0) {
                beta[count++] = -network.b(i) / network.w(i);
            }
        }
        return of(Arrays.copyOf(beta, count), x);
    }

    @Override
    public double[] breakpoints() {
        return breakpoints.clone();
    }

    @Override
    public int[] pieceSizes() {
        return pieceSizes.clone();
    }

    /** @return true when no piece holds more than one data point */
    public boolean lonely() {
        for (int size : pieceSizes) {
            if (size > 1) {
                return false;
            }
        }
        return true;
    }

    /** @return the number of data points alone in their piece ('shallow ReLU networks as splines' Fig 11) */
    public int lonelyPoints() {
        int count = 0;
        for (int size : pieceSizes) {
            if (size == 1) {
                count++;
            }
        }
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataPartition other && Arrays.equals(breakpoints, other.breakpoints)
                && Arrays.equals(pieceSizes, other.pieceSizes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(breakpoints) + Arrays.hashCode(pieceSizes);
    }

    @Override
    public String toString() {
        return "DataPartition[pieceSizes=" + Arrays.toString(pieceSizes) + "]";
    }
}
