package org.splinelens.experiments.loneliness;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.splinelens.core.spline.SortOrder;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.optim.Optimizer;
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
import org.splinelens.experiments.runner.TrialWork;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.InitializerPlugin;
import org.splinelens.losssurface.partition.DataPartition;

/**
 * Fig 11: the fraction of data points alone in their piece of the partition induced by the breakpoints, at
 * initialization and after training ({@link LonelinessConfig}), against H/N, for each initializer, beside the exact
 * curve for equally spaced breakpoints spanning uniform data, {@code (1 − 1/(H − 1))^{N − 1}} (a point is alone when the other N − 1 miss its cell; ERRATA E7).
 */
public final class LonelinessExperiment extends Experiment<LonelinessConfig> {
    /** The data's range: App. 4.2's small-data task, "20 random points in the range [−2, 2]". */
    private static final double DATA_LOW = -2;
    private static final double DATA_HIGH = 2;
    /** "Most" data points lonely: the share the claims ask of the top ratio. */
    static final double MOST = 0.8;
    static final String EXACT = "equally-spaced (exact)";
    /**
     * Trials that also train at paper scale: 20 of the 200, keeping the run near a minute (every trial trains
     * inits × ratios nets for 50,000 Adam epochs); the 200 draws at initialization cost nothing in comparison.
     */
    private static final int TRAINED_TRIALS = 20;
    private static final String[] AFTER_METRICS = {"lonelyAfter", "remainedLonely", "lonelyChange", "trainMse"};

    public LonelinessExperiment() {
        super("loneliness", "Fig 11: fraction of data points alone in their piece vs H/N at initialization",
                LonelinessConfig.class,
                new LonelinessConfig(10, List.of(1.0, 4.0, 16.0), List.of("he-normal", "uniform-breakpoints"), 20, 2,
                        "adam", 6e-6, 200),
                new LonelinessConfig(20, List.of(0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0),
                        List.of("he-normal", "uniform-breakpoints"), 200, TRAINED_TRIALS, "adam", 6e-6, 50_000));
    }

    @Override
    public int trials(LonelinessConfig config) {
        return config.trials();
    }

    @Override
    public void validate(LonelinessConfig config, PluginRegistry plugins) {
        if (!plugins.plugins(OptimizerPlugin.class).containsKey(config.optimizer())) {
            throw new IllegalArgumentException("optimizer: unknown optimizer " + Excerpt.of(config.optimizer())
                    + "; known: " + plugins.plugins(OptimizerPlugin.class).keySet());
        }
        for (String init : config.inits()) {
            if (!plugins.plugins(InitializerPlugin.class).containsKey(init)) {
                throw new IllegalArgumentException("inits: unknown initializer " + Excerpt.of(init) + "; known: "
                        + plugins.plugins(InitializerPlugin.class).keySet());
            }
        }
    }

    /**
     * A trial draws inits × ratios shallow nets of width H = round(ratio · N) and partitions the N points by their
     * breakpoints (a sort of H).
     */
    @Override
    public WorkEstimate estimate(LonelinessConfig config, PluginRegistry plugins) {
        double most = config.ratios().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double widest = Math.max(1, Math.rint(most * config.dataPoints()));
        String what = "dataPoints " + config.dataPoints() + " and ratios up to " + most + " (H = " + (long) widest
                + ")";
        Limits.arrayLength(what, "parameters (3H + 1)", 3 * widest + 1);
        double units = 0;
        for (double ratio : config.ratios()) {
            units += Math.max(1, Math.rint(ratio * config.dataPoints()));
        }
        double sort = Math.log(Math.max(2, widest)) / Math.log(2);
        TrialCost trial = TrialCost.data(config.dataPoints()).with(new TrialCost(8 * 8 * widest,
                config.inits().size() * units * (20 + 3 * sort)))
                .with(TrialCost.rows((config.inits().size() + 1.0) * config.ratios().size()));
        if (config.trainedTrials() > 0) { // the heaviest trial trains every net
            for (double ratio : config.ratios()) {
                trial = trial.then(TrialCost.shallowTraining(Math.max(1, Math.rint(ratio * config.dataPoints())),
                        config.dataPoints(), config.epochs()).times(config.inits().size()));
            }
            what += ", " + config.epochs() + " epochs of " + config.optimizer();
        }
        return trial.estimate(what);
    }

    @Override
    public List<Row> trial(LonelinessConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        int n = config.dataPoints();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = DATA_LOW + (DATA_HIGH - DATA_LOW) * random.nextDouble();
        }
        Arrays.sort(x);
        for (int k = 0; k < n; k++) { // after the sort, so that each y belongs to its x
            y[k] = Math.sin(x[k]);
        }
        Dataset data = new Dataset(x, y);
        boolean train = trial < config.trainedTrials();
        List<Row> rows = new ArrayList<>();
        for (String init : config.inits()) {
            InitializerPlugin factory = plugins.plugin(InitializerPlugin.class, init);
            for (double ratio : config.ratios()) {
                ShallowNetwork net = factory.create(Map.of()).shallow(width(ratio, n), data, random);
                DataPartition start = DataPartition.of(net, x);
                Map<String, Double> metrics = new LinkedHashMap<>();
                metrics.put("lonelyFraction", (double) start.lonelyPoints() / n);
                for (String metric : AFTER_METRICS) {
                    metrics.put(metric, Double.NaN);
                }
                if (train) {
                    trained(config, net, data, start, plugins, metrics);
                }
                rows.add(new Row(cell(init, ratio), metrics));
            }
        }
        for (double ratio : config.ratios()) {
            int width = width(ratio, n);
            double exact = width < 2 ? 0 : Math.pow(1 - 1.0 / (width - 1), n - 1);
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("lonelyFraction", exact);
            rows.add(new Row(cell(EXACT, ratio), metrics));
        }
        return rows;
    }

    /**
     * Trains {@code net} (full batch, so the trainer draws nothing) and puts the partition's loneliness after training
     * into {@code metrics}: the fraction of lonely points, the fraction of the points lonely at the start that are
     * still lonely (NaN when none was), the change of the lonely fraction and the training MSE. A run that diverges
     * leaves them NaN.
     */
    private static void trained(LonelinessConfig config, ShallowNetwork net, Dataset data, DataPartition start,
            PluginRegistry plugins, Map<String, Double> metrics) {
        double[] x = data.x();
        Optimizer optimizer = plugins.plugin(OptimizerPlugin.class, config.optimizer())
                .create(Map.of("lr", config.lr()), net.parameterCount());
        TrainingResult result = new Trainer(TrainerConfig.epochs(config.epochs()), GradientMethod.AUTO)
                .train(net, data, optimizer, TrialWork.NO_DRAWS, List.of());
        if (result.diverged()) {
            return;
        }
        DataPartition end = DataPartition.of((ShallowNetwork) result.network(), x);
        int n = x.length;
        metrics.put("lonelyAfter", (double) end.lonelyPoints() / n);
        metrics.put("remainedLonely", remained(start, end, x));
        metrics.put("lonelyChange", (double) (end.lonelyPoints() - start.lonelyPoints()) / n);
        metrics.put("trainMse", 2 * result.finalLoss() / n);
    }

    /** @return the fraction of the points alone in their piece of {@code start} that are alone in {@code end} too */
    static double remained(DataPartition start, DataPartition end, double[] x) {
        int before = 0;
        int still = 0;
        for (double xn : x) {
            if (alone(start, xn)) {
                before++;
                if (alone(end, xn)) {
                    still++;
                }
            }
        }
        return before == 0 ? Double.NaN : (double) still / before;
    }

    private static boolean alone(DataPartition partition, double xn) {
        return partition.pieceSizes()[SortOrder.countAtMost(partition.breakpoints(), xn)] == 1;
    }

    private static int width(double ratio, int n) {
        return Math.max(1, (int) Math.round(ratio * n));
    }

    /**
     * Fig 11's claims, per initializer. At initialization: massive overparametrization makes lonely partitions likely
     * — most points alone at the top ratio, more than at the lowest. After training (App. 4.3, "remain lonely at
     * subsequent times"): at the top ratio most points are still alone and the lonely fraction did not fall — its
     * change (after − before, paired by trial) is not below zero by more than two standard errors.
     */
    @Override
    public List<Verdict> verdicts(LonelinessConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        double low = config.ratios().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = config.ratios().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        for (String init : config.inits()) {
            Summary.Stat atLow = summary.stat(cell(init, low), "lonelyFraction");
            Summary.Stat atHigh = summary.stat(cell(init, high), "lonelyFraction");
            boolean holds = atHigh.mean() > atLow.mean() && atHigh.mean() >= MOST;
            verdicts.add(Verdict.compared(String.format(Locale.ROOT,
                    "%s: overparametrization makes data points lonely (most alone at H/N = %s)", init, high), holds,
                    String.format(Locale.ROOT, "lonely fraction %s at H/N = %s vs %s at H/N = %s", atHigh, high,
                            atLow, low), List.of(Verdict.side("H/N = " + high, atHigh),
                            Verdict.side("H/N = " + low, atLow))));
        }
        // only the first trainedTrials trials train (the others leave NaN by design): those are the after-stats' trials
        int trained = Math.min(config.trainedTrials(), config.trials());
        for (String init : config.inits()) {
            Summary.Stat after = summary.stat(cell(init, high), "lonelyAfter");
            if (trained == 0) {
                continue;
            }
            verdicts.add(remainLonely(String.format(Locale.ROOT, "%s: lonely points remain lonely after training"
                    + " (%d epochs of %s, lr %s; most still alone at H/N = %s)", init, config.epochs(),
                    config.optimizer(), config.lr(), high), summary.stat(cell(init, high), "lonelyFraction"),
                    after.outOf(trained), summary.stat(cell(init, high), "lonelyChange").outOf(trained),
                    summary.stat(cell(init, high), "remainedLonely")));
        }
        return verdicts;
    }

    /**
     * @param before    the lonely fraction at initialization
     * @param after     the lonely fraction after training
     * @param change    after − before, per trained trial
     * @param remained  the fraction of initially lonely points still lonely
     * @return holds when most points are alone after training and the change is not significantly negative
     */
    static Verdict remainLonely(String claim, Summary.Stat before, Summary.Stat after, Summary.Stat change,
            Summary.Stat remained) {
        double twoSe = change.count() < 2 ? 0 : 2 * change.sd() / Math.sqrt(change.count());
        boolean holds = after.mean() >= MOST && change.mean() >= -twoSe;
        // remained is NaN where no point started lonely, by design: evidence only, not a side
        return Verdict.compared(claim, holds, String.format(Locale.ROOT, "lonely fraction %s after vs %s at"
                + " initialization (all trials); change over the %d trained trials %.4f ± %.4f (2 SE); of the points"
                + " lonely at the start %s still are", after, before, change.count(), change.mean(), twoSe,
                remained), List.of(Verdict.side("trained", after, change), Verdict.side("all trials", before)));
    }

    @Override
    public List<Figure> figures(LonelinessConfig config, Summary summary) {
        List<String> curves = new ArrayList<>(config.inits());
        curves.add(EXACT);
        double[] ratios = config.ratios().stream().mapToDouble(Double::doubleValue).toArray();
        List<Series> series = new ArrayList<>();
        for (String init : curves) {
            series.add(Series.of(init.equals(EXACT) ? init : init + ", at init", ratios, ratio -> cell(init, ratio),
                    summary, "lonelyFraction", !init.equals(EXACT)));
        }
        for (String init : config.inits()) {
            if (summary.stat(cell(init, ratios[0]), "lonelyAfter").count() > 0) {
                series.add(Series.of(init + ", after training", ratios, ratio -> cell(init, ratio), summary,
                        "lonelyAfter", true));
            }
        }
        return List.of(new Figure("lonely-fraction", "Fig 11: lonely points vs H/N (N = " + config.dataPoints()
                + "), at init and after training", "H / N", "fraction of lonely data points", true, series));
    }

    static Map<String, String> cell(String init, double ratio) {
        return CellBuilder.of("init", init).and("ratio", ratio).build();
    }
}
