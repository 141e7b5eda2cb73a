package org.splinelens.experiments.hessianflatness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.optim.OptimizerPlugin;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingResult;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.TrialCost;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.InitializerPlugin;
import org.splinelens.losssurface.critical.Criticality;
import org.splinelens.losssurface.hessian.Flatness;
import org.splinelens.losssurface.hessian.ShallowHessian;
import org.splinelens.losssurface.hessian.Spectrum;
import org.splinelens.losssurface.partition.DataPartition;

/**
 * Cor 3 (corrected, ERRATA E6): at trained, near-critical shallow nets the fraction of (near-)zero Hessian eigenvalues
 * against H/N, beside the proven bound 1 − (2N − 1)/(3H + 1) and the rank bound 1 − N/(3H + 1). Claim: flatness grows
 * with overparametrization and stays above the bound.
 */
public final class HessianFlatnessExperiment extends Experiment<HessianFlatnessConfig> {

    public HessianFlatnessExperiment() {
        super("hessian-flatness", "Cor 3: zero-eigenvalue fraction of the Hessian at trained shallow nets vs H/N",
                HessianFlatnessConfig.class,
                new HessianFlatnessConfig(8, List.of(0.5, 1.0, 2.0, 4.0), 1e-3, 3000, 1e-6, 2),
                new HessianFlatnessConfig(12, List.of(0.5, 1.0, 2.0, 4.0, 8.0), 1e-3, 30_000, 1e-6, 5));
    }

    @Override
    public int trials(HessianFlatnessConfig config) {
        return config.trials();
    }

    /**
     * A trial trains a shallow net of width H = ratio · N per ratio, then takes the spectra of its exact Hessian and
     * of the Gram form JᵀJ, both P × P with P = 3H + 1: O(P²) memory and O(P³) steps each.
     */
    @Override
    public WorkEstimate estimate(HessianFlatnessConfig config, PluginRegistry plugins) {
        int n = config.dataPoints();
        double most = config.ratios().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double widest = Math.max(1, Math.rint(most * n));
        String what = "dataPoints " + n + " and ratios up to " + most + " (H = " + (long) widest + ", Hessians of "
                + Limits.number(3 * widest + 1) + " × " + Limits.number(3 * widest + 1) + ")";
        Limits.arrayLength(what, "Hessian entries", (3 * widest + 1) * (3 * widest + 1));
        TrialCost trial = TrialCost.rows(config.ratios().size());
        for (double ratio : config.ratios()) {
            double width = Math.max(1, Math.rint(ratio * n));
            double p = 3 * width + 1;
            TrialCost spectrum = TrialCost.eigen(p).with(new TrialCost(8 * p * (p + n), n * p * p));
            trial = trial.then(TrialCost.shallowTraining(width, n, config.epochs()).then(spectrum.times(2)));
        }
        return trial.estimate(what);
    }

    @Override
    public List<Row> trial(HessianFlatnessConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        int n = config.dataPoints();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = -2 + 4 * random.nextDouble();
            y[k] = Math.sin(2 * x[k]);
        }
        Dataset data = new Dataset(x, y);
        InitializerPlugin init = plugins.plugin(InitializerPlugin.class, "pytorch-default");
        OptimizerPlugin adam = plugins.plugin(OptimizerPlugin.class, "adam");
        List<Row> rows = new ArrayList<>();
        for (double ratio : config.ratios()) {
            int width = Math.max(1, (int) Math.round(ratio * n));
            ShallowNetwork start = init.create(Map.of()).shallow(width, data, random);
            Map<String, Double> metrics = new LinkedHashMap<>();
            TrainingResult result = new Trainer(TrainerConfig.epochs(config.epochs()), GradientMethod.AUTO)
                    .train(start, data, adam.create(Map.of("lr", config.lr()), start.parameterCount()), random,
                            List.of());
            if (!result.diverged()) {
                ShallowNetwork net = (ShallowNetwork) result.network();
                Spectrum spectrum = Spectrum.of(ShallowHessian.exact(net, x, y), config.tolerance());
                metrics.put("zeroFraction", spectrum.zeroFraction());
                // the Hessian an exact critical point would have here (Thm 5): the Gram form JᵀJ
                metrics.put("gramZeroFraction", Spectrum.of(ShallowHessian.gram(net, x), config.tolerance())
                        .zeroFraction());
                metrics.put("gradientNorm", Criticality.of(net.asDeep(), x, y).gradientNorm());
                metrics.put("trainLoss", result.finalLoss());
                metrics.put("lonely", DataPartition.of(net, x).lonely() ? 1.0 : 0.0);
            } else {
                metrics.put("zeroFraction", Double.NaN);
                metrics.put("gramZeroFraction", Double.NaN);
                metrics.put("gradientNorm", Double.NaN);
                metrics.put("trainLoss", Double.NaN);
                metrics.put("lonely", Double.NaN);
            }
            metrics.put("corollary3Bound", Flatness.corollary3(n, width));
            metrics.put("rankBound", Flatness.rankBound(n, width));
            rows.add(new Row(cell(ratio), metrics));
        }
        return rows;
    }

    @Override
    public List<Verdict> verdicts(HessianFlatnessConfig config, Summary summary) {
        double low = config.ratios().get(0);
        double high = config.ratios().get(config.ratios().size() - 1);
        Summary.Stat a = summary.stat(cell(low), "zeroFraction");
        Summary.Stat b = summary.stat(cell(high), "zeroFraction");
        boolean above = true;
        StringBuilder evidence = new StringBuilder();
        List<Verdict.Side> sides = new ArrayList<>();
        for (double ratio : config.ratios()) {
            Map<String, String> cell = cell(ratio);
            Summary.Stat gram = summary.stat(cell, "gramZeroFraction");
            Summary.Stat exact = summary.stat(cell, "zeroFraction");
            double bound = summary.stat(cell, "corollary3Bound").mean();
            above &= gram.mean() >= bound;
            sides.add(Verdict.side("H/N = " + ratio, gram));
            evidence.append(String.format(Locale.ROOT, "%sH/N = %s: Gram %s, exact Hessian %s, bound %.3f",
                    evidence.isEmpty() ? "" : "; ", ratio, gram, exact, bound));
        }
        return List.of(
                grows("exact Hessian at the trained nets", a, low, b, high),
                grows("Gram form JᵀJ, the Hessian of the critical point they approach", summary.stat(cell(low),
                        "gramZeroFraction"), low, summary.stat(cell(high), "gramZeroFraction"), high),
                Verdict.compared("Cor 3 (as proven, 2N − 1): the critical-point Hessian JᵀJ has at least the"
                        + " bound's fraction of zero eigenvalues (the trained nets are only near-critical, so their"
                        + " exact Hessian is shown beside it)", above, evidence.toString(), sides));
    }

    /**
     * "As overparametrization O = H/N increases, the flatness of the local minima (as measured by the number of zero
     * eigenvalues) increases (Corollary 3)" (SRS Sec 2.5): the zero fraction at the top ratio exceeds the lowest
     * ratio's by more than two standard errors of the difference (the project's rule for noisy comparisons). Judged
     * in two readings: the exact Hessian of the trained, near-critical nets, whose residual term the training leaves;
     * and the Gram form, the Hessian at an exact critical point (Thm 5).
     */
    static Verdict grows(String reading, Summary.Stat atLow, double low, Summary.Stat atHigh, double high) {
        double margin = atLow.twoStandardErrors(atHigh);
        return Verdict.compared("flatness grows with overparametrization (" + reading + ")",
                atHigh.mean() - atLow.mean() > margin, String.format(Locale.ROOT, "zero fraction %s at H/N = %s vs %s"
                        + " at H/N = %s: difference %.3g, 2 SE %.3g", atHigh, high, atLow, low,
                        atHigh.mean() - atLow.mean(), margin), List.of(Verdict.side("H/N = " + high, atHigh),
                        Verdict.side("H/N = " + low, atLow)));
    }

    @Override
    public List<Figure> figures(HessianFlatnessConfig config, Summary summary) {
        double[] ratios = config.ratios().stream().mapToDouble(Double::doubleValue).toArray();
        List<Series> series = new ArrayList<>();
        List<String> metrics = List.of("zeroFraction", "gramZeroFraction", "corollary3Bound", "rankBound");
        List<String> names = List.of("exact Hessian, trained nets", "Gram form JᵀJ", "Cor 3 bound (proof's 2N − 1)",
                "rank bound 1 − N/(3H + 1)");
        for (int k = 0; k < metrics.size(); k++) {
            String metric = metrics.get(k);
            series.add(Series.of(names.get(k), ratios, HessianFlatnessExperiment::cell, summary, metric,
                    metric.endsWith("eroFraction")));
        }
        return List.of(new Figure("hessian-flatness", "Cor 3: zero eigenvalues (|λ| <= " + config.tolerance()
                + " max |λ|) vs H/N, N = " + config.dataPoints(), "H / N", "fraction of the eigenvalues", true,
                series));
    }

    private static Map<String, String> cell(double ratio) {
        return CellBuilder.of("ratio", ratio).build();
    }
}
