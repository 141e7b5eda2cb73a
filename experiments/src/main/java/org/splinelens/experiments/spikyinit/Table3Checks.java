package org.splinelens.experiments.spikyinit;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.splinelens.experiments.runner.Agreement;

/**
 * Checks of Table 3's printed cells that need no training: what five non-negative losses allow, and what the best
 * straight line already achieves on the test grid.
 */
final class Table3Checks {
    private Table3Checks() {
    }

    /**
     * The largest unbiased standard deviation {@code n} non-negative values with mean {@code m} can have,
     * {@code m √n}: with {@code Σ x_i = n m} and {@code x_i >= 0}, {@code Σ x_i²} is largest when one value is
     * {@code n m} and the others 0, giving {@code s² = ((n m)² − n m²)/(n − 1) = n m²}.
     */
    static double largestSd(double mean, int n) {
        return mean * Math.sqrt(n);
    }

    /** @return why the paper's cell cannot be a mean ± sd of {@code n} non-negative losses, or empty if it can */
    static String impossibleSd(String cell, int n) {
        double[] ms = Agreement.printed(cell);
        if (ms == null || ms[1] <= largestSd(ms[0], n)) {
            return "";
        }
        return String.format(Locale.ROOT, "the paper's sd %.4g exceeds %.4g, the largest %d non-negative losses with"
                + " mean %.4g can have (mean × √%d): the printed cell is inconsistent", ms[1], largestSd(ms[0], n), n,
                ms[0], n);
    }

    /**
     * @return {@code min_{a,c} Σ_g (f(x_g) − a x_g − c)²} over the grid points: the test loss of the least-squares
     *         line, which any fit that follows the target at least as well as a line stays below
     */
    static double bestLineLoss(DoubleUnaryOperator f, double[] grid) {
        int n = grid.length;
        double mx = 0;
        double my = 0;
        for (double x : grid) {
            mx += x / n;
            my += f.applyAsDouble(x) / n;
        }
        double sxx = 0;
        double sxy = 0;
        for (double x : grid) {
            sxx += (x - mx) * (x - mx);
            sxy += (x - mx) * (f.applyAsDouble(x) - my);
        }
        double slope = sxy / sxx;
        double sum = 0;
        for (double x : grid) {
            double e = f.applyAsDouble(x) - my - slope * (x - mx);
            sum += e * e;
        }
        return sum;
    }

    /** A cell is an outlier when its mean is below this fraction of the smallest of the others' means. */
    static final double OUTLIER_RATIO = 0.1;

    /**
     * @return why {@code cell}'s mean is implausibly far below every other cell of its column (its mean under
     *         {@link #OUTLIER_RATIO} of theirs' smallest), or empty
     */
    static String outlier(String cell, List<String> others) {
        double[] ms = Agreement.printed(cell);
        double smallest = Double.POSITIVE_INFINITY;
        for (String other : others) {
            double[] o = Agreement.printed(other);
            if (o != null) {
                smallest = Math.min(smallest, o[0]);
            }
        }
        if (ms == null || !(ms[0] < OUTLIER_RATIO * smallest)) {
            return "";
        }
        return String.format(Locale.ROOT, "the paper's mean %.4g is %.2g times the smallest of its other targets'"
                + " (%.4g)", ms[0], ms[0] / smallest, smallest);
    }
}
