package org.splinelens.experiments.gaproughness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.spline.Bdso;
import org.splinelens.core.spline.Pwl;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.optim.OptimizerPlugin;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingDiverged;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.TrialCost;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.InitializerPlugin;

/**
 * Roughness in a data gap, {@code Σ_{knots in (−0.5, 0.5)} (Δ slope)²} of the trained CPWL. Claims: it falls as the
 * width grows and rises with the initial weight scale.
 */
public final class GapRoughnessExperiment extends Experiment<GapRoughnessConfig> {
    private static final double GAP = 0.5;

    public GapRoughnessExperiment() {
        super("gap-roughness", "FC Fig 5: roughness inside a data gap vs width and vs initial weight scale",
                GapRoughnessConfig.class,
                new GapRoughnessConfig(List.of("gap-smooth", "gap-sharp"), List.of(10, 40, 160), List.of(0.5, 1.0,
                        4.0), 0.1, 1e-3, 3000, 2),
                new GapRoughnessConfig(List.of("gap-smooth", "gap-sharp"), List.of(10, 20, 40, 80, 160, 320),
                        List.of(0.25, 0.5, 1.0, 2.0, 4.0), 0.05, 1e-3, 30_000, 4));
    }

    @Override
    public int trials(GapRoughnessConfig config) {
        return config.trials();
    }

    @Override
    public void validate(GapRoughnessConfig config, PluginRegistry plugins) {
        for (String target : config.targets()) {
            if (!plugins.plugins(TargetFunction.class).containsKey(target)) {
                throw new IllegalArgumentException("targets: unknown target " + Excerpt.of(target));
            }
        }
    }

    private static int middleWidth(GapRoughnessConfig config) {
        return config.widths().get(config.widths().size() / 2);
    }

    /**
     * A trial trains, per target, a shallow net per width and one of the middle width per sigma on the points every
     * {@code step} outside the gap (gathered as boxed numbers first), until the loss settles or the epochs run out.
     */
    @Override
    public WorkEstimate estimate(GapRoughnessConfig config, PluginRegistry plugins) {
        double points = 2 * (Math.floor((3 - GAP) / config.step() + 1e-9) + 1);
        int widest = Collections.max(config.widths());
        String what = "widths up to " + widest + " on " + Limits.number(points) + " points (step " + config.step()
                + "), " + config.epochs() + " epochs";
        Limits.arrayLength(what, "data points", points);
        Limits.arrayLength(what, "parameters (3H + 1)", 3.0 * widest + 1);
        TrialCost trainings = TrialCost.NONE;
        for (int width : config.widths()) {
            trainings = trainings.then(TrialCost.shallowTraining(width, points, config.epochs()));
        }
        trainings = trainings.then(TrialCost.shallowTraining(middleWidth(config), points, config.epochs())
                .times(config.sigmas().size()));
        return new TrialCost(40 * points, 50 * points).then(TrialCost.data(points).with(trainings))
                .times(config.targets().size()).estimate(what);
    }

    @Override
    public List<Row> trial(GapRoughnessConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        InitializerPlugin gaussian = plugins.plugin(InitializerPlugin.class, "gaussian");
        OptimizerPlugin adam = plugins.plugin(OptimizerPlugin.class, "adam");
        List<Row> rows = new ArrayList<>();
        for (String name : config.targets()) {
            TargetFunction target = plugins.plugin(TargetFunction.class, name);
            List<Double> xs = new ArrayList<>();
            for (double x = -3; x <= -GAP + 1e-12; x += config.step()) {
                xs.add(x);
                xs.add(-x);
            }
            Dataset data = Dataset.sample(xs.stream().mapToDouble(Double::doubleValue).sorted().toArray(),
                    target::value);
            for (int width : config.widths()) {
                rows.add(row(name, "width", width, fit(gaussian, adam, 1.0, width, data, config, random)));
            }
            for (double sigma : config.sigmas()) {
                rows.add(row(name, "sigmaW", sigma, fit(gaussian, adam, sigma, middleWidth(config), data, config,
                        random)));
            }
        }
        return rows;
    }

    private static double[] fit(InitializerPlugin gaussian, OptimizerPlugin adam, double sigmaW, int width,
            Dataset data, GapRoughnessConfig config, RandomGenerator random) {
        ShallowNetwork start = gaussian.create(Map.of("sigmaW", sigmaW, "sigmaV", 1 / Math.sqrt(width)))
                .shallow(width, data, random);
        try {
            var result = new Trainer(new TrainerConfig(config.epochs(), 1e-10, 0, config.epochs()),
                    GradientMethod.AUTO).train(start, data, adam.create(Map.of("lr", config.lr()),
                    start.parameterCount()), random, List.of());
            Pwl fit = Pwl.of(Bdso.of((ShallowNetwork) result.network()));
            double[] knots = fit.knots();
            double[] slopes = fit.slopes();
            double roughness = 0;
            for (int k = 0; k < knots.length; k++) {
                if (knots[k] > -GAP && knots[k] < GAP) {
                    double jump = slopes[k + 1] - slopes[k];
                    roughness += jump * jump;
                }
            }
            return new double[] {roughness, result.finalLoss()};
        } catch (TrainingDiverged e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    private static Row row(String target, String sweep, double value, double[] result) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("gapRoughness", result[0]);
        metrics.put("trainLoss", result[1]);
        return new Row(cell(target, sweep, value), metrics);
    }

    private static Map<String, String> cell(String target, String sweep, double value) {
        return CellBuilder.of("target", target).and("sweep", sweep).and("value", value).build();
    }

    @Override
    public List<Verdict> verdicts(GapRoughnessConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        double narrow = config.widths().get(0);
        double wide = config.widths().get(config.widths().size() - 1);
        double small = config.sigmas().get(0);
        double large = config.sigmas().get(config.sigmas().size() - 1);
        for (String target : config.targets()) {
            Summary.Stat a = summary.stat(cell(target, "width", narrow), "gapRoughness");
            Summary.Stat b = summary.stat(cell(target, "width", wide), "gapRoughness");
            verdicts.add(new Verdict(target + ": roughness in the gap falls as the width grows", b.mean() < a.mean(),
                    String.format(Locale.ROOT, "H = %.0f: %s vs H = %.0f: %s", wide, b, narrow, a)));
            Summary.Stat c = summary.stat(cell(target, "sigmaW", small), "gapRoughness");
            Summary.Stat d = summary.stat(cell(target, "sigmaW", large), "gapRoughness");
            verdicts.add(new Verdict(target + ": roughness in the gap rises with the initial weight scale",
                    d.mean() > c.mean(), String.format(Locale.ROOT, "sigmaW = %s: %s vs sigmaW = %s: %s", large, d,
                    small, c)));
        }
        return verdicts;
    }

    @Override
    public List<Figure> figures(GapRoughnessConfig config, Summary summary) {
        return List.of(sweep(config, summary, "width", config.widths().stream().mapToDouble(Integer::doubleValue)
                        .toArray(), "gap-roughness-width", "FC Fig 5 (left): roughness in the gap vs width H", "H"),
                sweep(config, summary, "sigmaW", config.sigmas().stream().mapToDouble(Double::doubleValue).toArray(),
                        "gap-roughness-scale", "FC Fig 5 (right): roughness in the gap vs initial sigma_w", "sigma_w"));
    }

    private static Figure sweep(GapRoughnessConfig config, Summary summary, String sweep, double[] values, String name,
            String title, String label) {
        List<Series> series = new ArrayList<>();
        for (String target : config.targets()) {
            series.add(Series.of(target, values, value -> cell(target, sweep, value), summary, "gapRoughness", true));
        }
        return new Figure(name, title, label, "roughness in (-0.5, 0.5)", true, series);
    }
}
