package org.splinelens.experiments.spikyinit;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.splinelens.experiments.runner.Agreement;
import org.splinelens.experiments.runner.Summary;

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

    /**
     * The least grid gap {@code E Σ_g (f_n − f_t)²} between GD's fits to two targets from one start that the paper's
     * cells of {@code n} ({@code neighbourCell}) and {@code t} ({@code cell}) imply, when both are means over one law
     * of starts (the spiky start does not depend on the target). Minkowski's inequality in L² over trials and grid,
     * applied to {@code f_n − n = (f_n − f_t) + (f_t − t) + (t − n)}, gives
     * {@code √E‖f_n − f_t‖² >= √E‖f_n − n‖² − √E‖f_t − t‖² − ‖t − n‖}; the paper's means stand for the expectations,
     * each moved two of its standard errors against the bound ({@code n} trials).
     *
     * @param distance {@code ‖t − n‖² = Σ_g (t − n)²} on the grid
     * @return the bound squared, or NaN when it is not positive (the cells then imply nothing) or a cell is no
     *         mean ± sd
     */
    static double gapNeeded(String cell, String neighbourCell, double distance, int n) {
        double[] t = Agreement.printed(cell);
        double[] o = Agreement.printed(neighbourCell);
        if (t == null || o == null) {
            return Double.NaN;
        }
        double low = Math.max(0, o[0] - 2 * o[1] / Math.sqrt(n));
        double high = t[0] + 2 * t[1] / Math.sqrt(n);
        double root = Math.sqrt(low) - Math.sqrt(high) - Math.sqrt(distance);
        return root > 0 ? root * root : Double.NaN;
    }

    /** Draws of the simulation behind {@link #chance}. */
    static final int CHANCE_DRAWS = 20_000;

    /**
     * How often two sets of normal trials with equal means, the paper's ({@code paperTrials}, its printed sd) and ours
     * (our count and sd), differ by at least the observed difference in standard errors of the difference (Welch's
     * statistic, the rule of {@link Agreement}), by simulation with a fixed seed. With equal counts and spreads the
     * statistic is Student's t with {@code 2n − 2} degrees of freedom.
     *
     * @return the fraction of draws at least as far apart, NaN when the cell is no mean ± sd or ours has no spread
     */
    static double chance(String paperCell, int paperTrials, Summary.Stat ours, long seed) {
        double[] p = Agreement.printed(paperCell);
        if (p == null || ours.count() < 2 || !(ours.sd() > 0 || p[1] > 0)) {
            return Double.NaN;
        }
        double observed = Math.abs(ours.mean() - p[0]) / Math.sqrt(ours.sd() * ours.sd() / ours.count()
                + p[1] * p[1] / paperTrials);
        SplittableRandom random = new SplittableRandom(seed);
        int far = 0;
        for (int d = 0; d < CHANCE_DRAWS; d++) {
            double[] a = meanVariance(random, paperTrials, p[1]);
            double[] b = meanVariance(random, ours.count(), ours.sd());
            double z = Math.abs(a[0] - b[0]) / Math.sqrt(a[1] / paperTrials + b[1] / ours.count());
            far += z >= observed ? 1 : 0;
        }
        return far / (double) CHANCE_DRAWS;
    }

    private static double[] meanVariance(SplittableRandom random, int n, double sd) {
        double[] v = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            v[i] = sd * random.nextGaussian();
            mean += v[i] / n;
        }
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return new double[] {mean, ss / (n - 1)};
    }
}
