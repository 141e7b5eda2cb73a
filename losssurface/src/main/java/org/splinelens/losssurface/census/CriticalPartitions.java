package org.splinelens.losssurface.census;

import java.util.Arrays;
import org.splinelens.core.spline.LineFit;

/**
 * Which partitions of the data admit a continuous piecewise-OLS solution (Thm 4 turned into a census).
 *
 * <p>Definition. N points with distinct sorted {@code x_1 < … < x_N} are split into H + 1 consecutive, possibly empty
 * pieces of sizes {@code n_0, …, n_H} by breakpoints {@code β_1 <= … <= β_H}, each lying strictly between the last
 * point of the pieces before it and the first point after it. The partition is <em>admissible</em> when some
 * continuous piecewise-linear g with its kinks at those breakpoints is, on every piece, a least-squares fit of the
 * piece's data: the OLS line on a piece of two or more points, any line through the point on a piece of one, any
 * line on an empty piece (pieces with 0 or 1 point are free).
 *
 * <p>Decision. Between two consecutive OLS pieces ("anchors") lie only free pieces; the gap between two consecutive
 * data points there holds one breakpoint per piece boundary in it. A gap with two or more breakpoints can join any
 * two lines, so it decouples the two sides; a chain of one-breakpoint gaps from anchor a to anchor b is the only
 * constraint. Along such a chain the lines through the singletons are propagated as an open interval S of feasible
 * slopes, starting from {@code {m_a}} anchored at {@code (x_last(a), L_a)}: for the next point P', with chord slope c
 * from the current point, the lines through P' that meet a line of S inside the gap have slopes in
 * {@code (c, ∞)} if S lies below c, {@code (−∞, c)} if above, and all slopes if S straddles c (the slope of a line
 * through P' hitting the ray of slope s at distance τ is monotone in τ, from c to ±∞). The chain is feasible when
 * {@code m_b} lies in the interval propagated to the first point of b. Boundary cases (S touching c) have measure zero
 * for continuous data.
 */
public final class CriticalPartitions {
    private CriticalPartitions() {
    }

    /**
     * @param xs    sorted, distinct inputs
     * @param ys    targets
     * @param sizes piece sizes {@code n_0 … n_H}, non-negative, summing to N
     * @return whether the partition admits a continuous piecewise-OLS solution
     */
    public static boolean admissible(double[] xs, double[] ys, int[] sizes) {
        int total = Arrays.stream(sizes).sum();
        if (total != xs.length || xs.length != ys.length || Arrays.stream(sizes).anyMatch(s -> s < 0)) {
            throw new IllegalArgumentException("piece sizes must be >= 0 and sum to N = " + xs.length);
        }
        int start = 0;
        int anchorEnd = -1; // one past the last point of the previous anchor, -1 before the first anchor
        double anchorSlope = 0;
        double anchorIntercept = 0;
        int[] singles = new int[sizes.length];
        int singleCount = 0;
        for (int p = 0; p < sizes.length; p++) {
            int n = sizes[p];
            if (n >= 2) {
                LineFit line = LineFit.of(xs, ys, start, start + n); // unique: the x are distinct
                if (anchorEnd >= 0 && !chainFeasible(xs, ys, anchorEnd - 1, anchorSlope, anchorIntercept, singles,
                        singleCount, boundariesPerGap(sizes, p, singleCount), start, line.slope(), line.intercept())) {
                    return false;
                }
                anchorSlope = line.slope();
                anchorIntercept = line.intercept();
                anchorEnd = start + n;
                singleCount = 0;
            } else if (n == 1) {
                singles[singleCount++] = start;
            }
            start += n;
        }
        return true;
    }

    /**
     * Breakpoints in each gap of the chain ending at anchor piece {@code anchor}: gap j lies before the j-th
     * singleton, the last gap before the anchor; one per piece boundary between the two data points.
     */
    private static int[] boundariesPerGap(int[] sizes, int anchor, int singles) {
        int[] gaps = new int[singles + 1];
        int gap = singles;
        for (int p = anchor; p > 0; p--) {
            gaps[gap]++; // the boundary left of piece p
            int n = sizes[p - 1];
            if (n >= 2) {
                break;
            }
            if (n == 1) {
                gap--;
            }
        }
        return gaps;
    }

    private static boolean chainFeasible(double[] xs, double[] ys, int lastOfA, double slopeA, double interceptA,
            int[] singles, int singleCount, int[] gapBreakpoints, int firstOfB, double slopeB, double interceptB) {
        // S = (lo, hi), a point when lo == hi: the slopes of the feasible lines through (px, py)
        double lo = slopeA;
        double hi = slopeA;
        double px = xs[lastOfA];
        double py = slopeA * px + interceptA;
        for (int j = 0; j <= singleCount; j++) {
            double qx = j < singleCount ? xs[singles[j]] : xs[firstOfB];
            double qy = j < singleCount ? ys[singles[j]] : slopeB * qx + interceptB;
            if (gapBreakpoints[j] >= 2) {
                lo = Double.NEGATIVE_INFINITY;
                hi = Double.POSITIVE_INFINITY;
            } else {
                double chord = (qy - py) / (qx - px);
                boolean below = lo < chord;
                boolean above = hi > chord;
                lo = above ? Double.NEGATIVE_INFINITY : chord;
                hi = below ? Double.POSITIVE_INFINITY : chord;
            }
            px = qx;
            py = qy;
        }
        return lo < slopeB && slopeB < hi;
    }
}
