package org.splinelens.losssurface.critical;

/**
 * One piece {@code [from, to)} of the data partition, between consecutive breakpoints, and the two lines on it.
 *
 * @param from          left breakpoint (−∞ for the first piece)
 * @param to            right breakpoint (+∞ for the last)
 * @param points        data points in the piece
 * @param olsSlope      slope of the least-squares line of the piece's data (NaN with fewer than two distinct x)
 * @param olsIntercept  its intercept (NaN likewise)
 * @param netSlope      slope of the network on the piece
 * @param netIntercept  its intercept
 * @param ols           the network's line is a least-squares fit of the piece's data: its residuals are orthogonal
 *                      to 1 and x on the piece, within rounding ({@code |Σe|, |Σe·x| <= τ Σ (F_n + |y_n|)(1 + |x_n|)},
 *                      {@link GradientRounding})
 */
public record PieceFit(double from, double to, int points, double olsSlope, double olsIntercept, double netSlope,
        double netIntercept, boolean ols) {
}
