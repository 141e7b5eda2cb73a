package org.splinelens.experiments.gaproughness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/**
 * FC Sec 3 (Fig 5): "roughness in the data gaps decreases with width and increases with initial weight variance" and
 * "a spiky (and thus rougher) initialization leads to increased roughness at convergence", judged per target and
 * optimizer as trends over the whole sweep: the log-log slope of the trial-mean gap roughness beyond two standard
 * errors in the claimed direction ({@link Trend}).
 */
final class GapVerdicts {
    private GapVerdicts() {
    }

    static List<Verdict> verdicts(GapRoughnessConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        double[] widths = config.widths().stream().mapToDouble(Integer::doubleValue).toArray();
        double[] sigmas = config.sigmas().stream().mapToDouble(Double::doubleValue).toArray();
        for (String optimizer : GapRoughnessExperiment.optimizers(config)) {
            String tag = optimizer.equals(config.optimizer()) ? "" : " (reading: " + optimizer + ")";
            for (String target : config.targets()) {
                double[] byWidth = means(summary, config, target, "width", widths, optimizer, "gapRoughness");
                double[] bySigma = means(summary, config, target, "sigmaW", sigmas, optimizer, "gapRoughness");
                double[] startBySigma = means(summary, config, target, "sigmaW", sigmas, optimizer,
                        "gapRoughnessStart");
                verdicts.add(trend(target + tag + ": roughness in the gap falls as the width grows", widths, byWidth,
                        -1, "H", summary, config, target, "width", optimizer));
                verdicts.add(trend(target + tag + ": roughness in the gap rises with the initial weight scale",
                        sigmas, bySigma, 1, "sigmaW", summary, config, target, "sigmaW", optimizer));
                verdicts.add(trend(target + tag + ": a rougher start (larger sigmaW) leaves a rougher gap at"
                        + " convergence", startBySigma, bySigma, 1, "start roughness", summary, config, target,
                        "sigmaW", optimizer));
            }
        }
        if (config.readings()) {
            String sweep = GapRoughnessExperiment.SCALED_BIAS;
            for (String target : config.targets()) {
                double[] bySigma = means(summary, config, target, sweep, sigmas, config.optimizer(), "gapRoughness");
                double[] start = means(summary, config, target, sweep, sigmas, config.optimizer(),
                        "gapRoughnessStart");
                verdicts.add(trend(target + " (reading: sigmaB = sigmaW): roughness in the gap rises with the"
                        + " initial weight scale", sigmas, bySigma, 1, "sigmaW", summary, config, target, sweep,
                        config.optimizer()));
                verdicts.add(trend(target + " (reading: sigmaB = sigmaW): a rougher start leaves a rougher gap at"
                        + " convergence", start, bySigma, 1, "start roughness", summary, config, target, sweep,
                        config.optimizer()));
            }
        }
        return verdicts;
    }

    static double[] means(Summary summary, GapRoughnessConfig config, String target, String sweep, double[] values,
            String optimizer, String metric) {
        double[] means = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            means[i] = summary.stat(GapRoughnessExperiment.cell(target, sweep, values[i], optimizer, config), metric)
                    .mean();
        }
        return means;
    }

    private static Verdict trend(String claim, double[] x, double[] y, int sign, String xName, Summary summary,
            GapRoughnessConfig config, String target, String sweep, String optimizer) {
        double[] values = sweep.equals("width") ? config.widths().stream().mapToDouble(Integer::doubleValue).toArray()
                : config.sigmas().stream().mapToDouble(Double::doubleValue).toArray();
        double[] converged = means(summary, config, target, sweep, values, optimizer, "converged");
        double[] diverged = means(summary, config, target, sweep, values, optimizer, "diverged");
        double fraction = 0;
        double lost = 0;
        List<Verdict.Side> sides = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            fraction += converged[i] / values.length;
            lost += diverged[i] / values.length;
            sides.add(Verdict.side(String.format(Locale.ROOT, "%s %.3g", sweep, values[i]), summary.stat(
                    GapRoughnessExperiment.cell(target, sweep, values[i], optimizer, config), "gapRoughness")));
        }
        return trendVerdict(claim, x, y, sign, xName, String.format(Locale.ROOT, "; %.0f%% of the runs converged,"
                + " %.0f%% diverged", 100 * fraction, 100 * lost), sides);
    }

    /** {@link #trendVerdict(String, double[], double[], int, String, String, List)} on points with no trials behind. */
    static Verdict trendVerdict(String claim, double[] x, double[] y, int sign, String xName, String suffix) {
        return trendVerdict(claim, x, y, sign, xName, suffix, List.of());
    }

    /**
     * The trend rule on the points with a finite mean (a sweep value whose every run diverged has none, and is named
     * in the evidence); {@code suffix} adds to the evidence; undetermined when a point's trials ({@code sides}) or
     * the slope and its standard error cannot decide it.
     */
    static Verdict trendVerdict(String claim, double[] x, double[] y, int sign, String xName, String suffix,
            List<Verdict.Side> sides) {
        StringBuilder points = new StringBuilder();
        double[] keptX = new double[x.length];
        double[] keptY = new double[x.length];
        int kept = 0;
        for (int i = 0; i < x.length; i++) {
            points.append(String.format(Locale.ROOT, "%s%s %.3g: %.4g", i == 0 ? "" : ", ", xName, x[i], y[i]));
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                keptX[kept] = x[i];
                keptY[kept] = y[i];
                kept++;
            }
        }
        Trend trend = Trend.of(java.util.Arrays.copyOf(keptX, kept), java.util.Arrays.copyOf(keptY, kept));
        String left = kept == x.length ? "" : String.format(Locale.ROOT, "; %d of %d points without a finite mean"
                + " left out", x.length - kept, x.length);
        return Verdict.compared(claim, trend.beyondTwoSe(sign), String.format(Locale.ROOT, "%s, %s beyond 2 SE"
                + " required (%s)%s%s", trend, sign < 0 ? "negative" : "positive", points, left, suffix), sides,
                trend.slope(), trend.se());
    }
}
