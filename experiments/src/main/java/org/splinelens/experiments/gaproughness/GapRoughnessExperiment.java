package org.splinelens.experiments.gaproughness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.splinelens.dynamics.optim.GradientDescent;
import org.splinelens.dynamics.optim.Optimizer;
import org.splinelens.dynamics.optim.OptimizerPlugin;
import org.splinelens.dynamics.train.StopReason;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.TrialCost;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.InitializerPlugin;

/**
 * Roughness in a data gap, {@code Σ_{knots in (−0.5, 0.5)} (Δ slope)²} of the trained CPWL (FC Fig 5, SRS Fig 4).
 * Claims: it falls as the width grows and rises with the initial weight scale, and a rougher start leaves a rougher
 * fit; judged as trends over the whole sweeps ({@link Trend}).
 */
public final class GapRoughnessExperiment extends Experiment<GapRoughnessConfig> {
    static final double GAP = 0.5;
    static final double DOMAIN = 3;
    /**
     * The sweep of the bias reading: σ_b = σ_w, so the breakpoints' law {@code −b/w} stays that of σ_w = 1 and only
     * the delta-slopes' scale grows with σ_w (with σ_b = 1, a larger σ_w also pulls breakpoints into the gap).
     */
    static final String SCALED_BIAS = "sigmaW-scaled-bias";
    /** The learning rate of the other optimizer's reading: FC App. 3.3's GD rate, or Adam's PyTorch default. */
    static final Map<String, Double> OTHER_LR = Map.of("gd", 5e-5, "adam", 1e-3);

    public GapRoughnessExperiment() {
        super("gap-roughness", "FC Fig 5: roughness inside a data gap vs width and vs initial weight scale",
                GapRoughnessConfig.class,
                new GapRoughnessConfig(List.of("gap-smooth", "gap-sharp"), List.of(10, 40, 160), List.of(0.5, 1.0,
                        4.0), 0.1, "gd", 5e-5, 1e-8, 3000, 2, true),
                new GapRoughnessConfig(List.of("gap-smooth", "gap-sharp"), List.of(10, 20, 40, 80, 160, 320),
                        List.of(0.25, 0.5, 1.0, 2.0, 4.0), 0.05, "gd", 5e-5, 1e-8, 300_000, 4, true));
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

    static int middleWidth(GapRoughnessConfig config) {
        return config.widths().get(config.widths().size() / 2);
    }

    /** @return the optimizers trained: the preset's, then (with readings) the other */
    static List<String> optimizers(GapRoughnessConfig config) {
        if (!config.readings()) {
            return List.of(config.optimizer());
        }
        List<String> all = new ArrayList<>(List.of(config.optimizer()));
        GapRoughnessConfig.OPTIMIZERS.stream().filter(o -> !o.equals(config.optimizer())).forEach(all::add);
        return all;
    }

    /**
     * A trial trains, per target and optimizer, a shallow net per width and one of the middle width per sigma on the
     * points every {@code step} outside the gap (gathered as boxed numbers first), until the loss settles or the
     * epochs run out, and with readings the sigma sweep again at σ_b = σ_w; trial 0 adds the data and a fit per
     * target (FC Fig 8).
     */
    @Override
    public WorkEstimate estimate(GapRoughnessConfig config, PluginRegistry plugins) {
        double points = 2 * (Math.floor((DOMAIN - GAP) / config.step() + 1e-9) + 1);
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
                .times(config.sigmas().size())).times(optimizers(config).size()).then(TrialCost.shallowTraining(
                middleWidth(config), points, config.epochs()).times(config.readings() ? config.sigmas().size() : 0));
        return new TrialCost(40 * points, 50 * points).then(TrialCost.data(points).with(trainings))
                .times(config.targets().size()).with(TrialCost.rows(points + GapFigures.CURVE_X.length))
                .estimate(what);
    }

    @Override
    public List<Row> trial(GapRoughnessConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        InitializerPlugin gaussian = plugins.plugin(InitializerPlugin.class, "gaussian");
        OptimizerPlugin adam = plugins.plugin(OptimizerPlugin.class, "adam");
        List<Row> rows = new ArrayList<>();
        Map<String, Dataset> datasets = new LinkedHashMap<>();
        for (String name : config.targets()) {
            TargetFunction target = plugins.plugin(TargetFunction.class, name);
            List<Double> xs = new ArrayList<>();
            for (double x = -DOMAIN; x <= -GAP + 1e-12; x += config.step()) {
                xs.add(x);
                xs.add(-x);
            }
            datasets.put(name, Dataset.sample(xs.stream().mapToDouble(Double::doubleValue).sorted().toArray(),
                    target::value));
        }
        // the preset's runs first, then the readings', so the preset's draws do not depend on the readings
        for (String optimizer : optimizers(config)) {
            double lr = optimizer.equals(config.optimizer()) ? config.lr() : OTHER_LR.get(optimizer);
            Fitter fitter = new Fitter(gaussian, adam, optimizer, lr, config);
            for (var entry : datasets.entrySet()) {
                String name = entry.getKey();
                Dataset data = entry.getValue();
                boolean preset = optimizer.equals(config.optimizer());
                if (trial == 0 && preset) {
                    GapFigures.dataRows(rows, name, data);
                }
                for (int width : config.widths()) {
                    Fit fit = fitter.fit(1.0, 1, width, data, random);
                    rows.add(row(cell(name, "width", width, optimizer, config), fit));
                    if (trial == 0 && width == middleWidth(config) && preset) {
                        GapFigures.fitRows(rows, name, fit.network());
                    }
                }
                for (double sigma : config.sigmas()) {
                    rows.add(row(cell(name, "sigmaW", sigma, optimizer, config), fitter.fit(sigma, 1,
                            middleWidth(config), data, random)));
                }
            }
        }
        if (config.readings()) {
            Fitter fitter = new Fitter(gaussian, adam, config.optimizer(), config.lr(), config);
            datasets.forEach((name, data) -> {
                for (double sigma : config.sigmas()) {
                    rows.add(row(cell(name, SCALED_BIAS, sigma, config.optimizer(), config), fitter.fit(sigma, sigma,
                            middleWidth(config), data, random)));
                }
            });
        }
        return rows;
    }

    /** One trained net: roughness in the gap at the start and the end, total roughness, loss, convergence. */
    record Fit(double gapRoughnessStart, double gapRoughness, double roughness, double trainLoss, boolean converged,
            ShallowNetwork network) {
    }

    /** Trains the nets of one optimizer reading on the papers' loss {@code ½ Σ e²}. */
    private record Fitter(InitializerPlugin gaussian, OptimizerPlugin adam, String optimizer, double lr,
            GapRoughnessConfig config) {

        Fit fit(double sigmaW, double sigmaB, int width, Dataset data, RandomGenerator random) {
            ShallowNetwork start = gaussian.create(Map.of("sigmaW", sigmaW, "sigmaB", sigmaB, "sigmaV",
                    1 / Math.sqrt(width))).shallow(width, data, random);
            Optimizer step = optimizer.equals("gd") ? new GradientDescent(lr)
                    : adam.create(Map.of("lr", lr), start.parameterCount());
            var result = new Trainer(TrainerConfig.epochs(config.epochs()).withTolerance(config.tolerance()),
                    GradientMethod.AUTO).train(start, data, step, random, List.of());
            if (result.diverged()) {
                return new Fit(gapRoughness(start), Double.NaN, Double.NaN, Double.NaN, false, null);
            }
            ShallowNetwork end = (ShallowNetwork) result.network();
            return new Fit(gapRoughness(start), gapRoughness(end), totalRoughness(end), 2 * result.finalLoss(),
                    result.reason() == StopReason.CONVERGED, end);
        }
    }

    /** @return {@code Σ (Δ slope)²} over the canonical knots strictly inside the gap (−0.5, 0.5) */
    static double gapRoughness(ShallowNetwork net) {
        Pwl fit = Pwl.of(Bdso.of(net));
        double[] knots = fit.knots();
        double[] slopes = fit.slopes();
        double roughness = 0;
        for (int k = 0; k < knots.length; k++) {
            if (knots[k] > -GAP && knots[k] < GAP) {
                double jump = slopes[k + 1] - slopes[k];
                roughness += jump * jump;
            }
        }
        return roughness;
    }

    private static double totalRoughness(ShallowNetwork net) {
        double[] slopes = Pwl.of(Bdso.of(net)).slopes();
        double roughness = 0;
        for (int k = 0; k + 1 < slopes.length; k++) {
            roughness += (slopes[k + 1] - slopes[k]) * (slopes[k + 1] - slopes[k]);
        }
        return roughness;
    }

    private static Row row(Map<String, String> cell, Fit fit) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("gapRoughness", fit.gapRoughness());
        metrics.put("gapRoughnessStart", fit.gapRoughnessStart());
        metrics.put("roughness", fit.roughness());
        metrics.put("trainLoss", fit.trainLoss());
        metrics.put("converged", fit.converged() ? 1.0 : 0.0);
        metrics.put("diverged", fit.network() == null ? 1.0 : 0.0);
        return new Row(cell, metrics);
    }

    /** The preset optimizer's cells carry no optimizer level, so its cells keep their names with or without readings. */
    static Map<String, String> cell(String target, String sweep, double value, String optimizer,
            GapRoughnessConfig config) {
        CellBuilder cell = CellBuilder.of("target", target).and("sweep", sweep).and("value", value);
        return optimizer.equals(config.optimizer()) ? cell.build() : cell.and("optimizer", optimizer).build();
    }

    @Override
    public List<Verdict> verdicts(GapRoughnessConfig config, Summary summary) {
        return GapVerdicts.verdicts(config, summary);
    }

    @Override
    public List<Figure> figures(GapRoughnessConfig config, Summary summary) {
        return GapFigures.figures(config, summary);
    }
}
