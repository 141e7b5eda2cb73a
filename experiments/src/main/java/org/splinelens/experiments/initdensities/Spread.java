package org.splinelens.experiments.initdensities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.splinelens.experiments.runner.Summary;

/**
 * How wide a pooled sample of breakpoints is, and the rule that judges a trend over every level of a factor (layer,
 * depth), not only its two ends. Breakpoints at initialization are Cauchy-like (Cor 1: no finite variance under a
 * Gaussian init), so their spread is read as the interquartile range.
 */
final class Spread {
    private Spread() {
    }

    /**
     * @return {@code Q3 − Q1}, the quartiles by linear interpolation between order statistics ({@code Q(p)} at rank
     *         {@code p (n − 1)}, R's type 7); NaN below two values
     */
    static double iqr(double[] values) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return quantile(sorted, 0.75) - quantile(sorted, 0.25);
    }

    private static double quantile(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    /**
     * A trend over all the levels, in trial means: it holds when the change from the first level to the last passes
     * two standard errors of their difference in the claimed direction and no step between consecutive levels goes
     * the other way by more than two standard errors of that step.
     *
     * @param levels  the statistics in level order
     * @param falling the claimed direction
     * @return whether it holds, and the evidence: the overall change against its margin, then each step's
     */
    static Judgement trend(List<Summary.Stat> levels, boolean falling) {
        Summary.Stat first = levels.get(0);
        Summary.Stat last = levels.get(levels.size() - 1);
        double sign = falling ? 1 : -1;
        double change = sign * (first.mean() - last.mean());
        double margin = first.twoStandardErrors(last);
        boolean holds = change > margin;
        StringBuilder steps = new StringBuilder();
        for (int k = 1; k < levels.size(); k++) {
            Summary.Stat a = levels.get(k - 1);
            Summary.Stat b = levels.get(k);
            double step = sign * (a.mean() - b.mean());
            double stepMargin = a.twoStandardErrors(b);
            boolean reversed = -step > stepMargin;
            holds &= !reversed;
            steps.append(String.format(Locale.ROOT, "%s%.3g%s", k == 1 ? "" : ", ", step, reversed ? " (reversed"
                    + " beyond 2 SE)" : ""));
        }
        return new Judgement(holds, String.format(Locale.ROOT, "%s from first to last %.3g vs 2 SE %.2g; steps %s",
                falling ? "fall" : "rise", change, margin, steps));
    }

    /** A trend's outcome and the numbers that decided it. */
    record Judgement(boolean holds, String evidence) {
    }
}
