package org.splinelens.experiments.alpharegimes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.baselines.fit.FitRequest;
import org.splinelens.baselines.fit.FitResult;
import org.splinelens.baselines.fit.Fitter;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.optim.OptimizerPlugin;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingResult;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.TrialCost;
import org.splinelens.experiments.runner.TrialWork;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.InitializerPlugin;

/**
 * SRS Table 2, Figs 9 and the α statements of §2.4, §4.3 and §4.4: a wide shallow net fitted to random data from a
 * flat or He start scaled by α, compared with linear interpolation and the natural cubic spline; the same without the
 * pins at ±3; the initial rates of breakpoints and delta-slopes against α; §4.3's small task at α = 100. The cells
 * are named in {@link Cells}, the verdicts decided in {@link RegimeVerdicts}, the paper's table in {@link Table2}.
 */
public final class AlphaRegimesExperiment extends Experiment<AlphaRegimesConfig> {
    static final List<Double> PAPER_ALPHAS = List.of(0.1, 1.0, 3.0, 10.0, 100.0);
    static final String FLAT = "flat";
    private static final List<String> PAPER_INITS = List.of(FLAT, "he-normal");

    public AlphaRegimesExperiment() {
        super("alpha-regimes", "Table 2: init scale alpha vs linear-interpolation and cubic-spline regimes",
                AlphaRegimesConfig.class,
                new AlphaRegimesConfig(1000, PAPER_ALPHAS, PAPER_INITS, 10_000, 1.5e-4, 3e-5, 2, List.of(FLAT),
                        false, false, 10, 7, 100, 10_000, 4),
                new AlphaRegimesConfig(1000, PAPER_ALPHAS, PAPER_INITS, 50_000, 3e-5, 6e-6, 5, List.of(FLAT),
                        true, true, 10, 7, 100, 50_000, 20));
    }

    @Override
    public int trials(AlphaRegimesConfig config) {
        return config.trials();
    }

    @Override
    public void validate(AlphaRegimesConfig config, PluginRegistry plugins) {
        for (String init : config.inits()) {
            if (!plugins.plugins(InitializerPlugin.class).containsKey(init)) {
                throw new IllegalArgumentException("inits: unknown initializer " + Excerpt.of(init));
            }
        }
    }

    /**
     * A trial trains (inits + unpinned inits) × alphas shallow nets of width H on the 23 (or 21) points for the
     * epochs, plus the readings' runs and the small tasks, and compares each with the interpolants on the 401-point
     * grid (O(H) a point).
     */
    @Override
    public WorkEstimate estimate(AlphaRegimesConfig config, PluginRegistry plugins) {
        Limits.arrayLength("width " + config.width(), "parameters (3H + 1)", 3.0 * config.width() + 1);
        Limits.arrayLength("smallWidth " + config.smallWidth(), "parameters (3H + 1)", 3.0 * config.smallWidth() + 1);
        TrialCost run = TrialCost.shallowTraining(config.width(), 23, config.epochs())
                .then(new TrialCost(0, 2 * FitComparison.GRID.length * config.width()));
        long large = config.alphas().stream().filter(a -> a >= 1).count();
        int runs = (config.inits().size() + config.unpinnedInits().size()) * config.alphas().size()
                + (config.lrSmallReading() ? (int) large * config.inits().size() : 0)
                + (config.tilingReading() && config.inits().contains(FLAT) ? config.alphas().size() : 0);
        TrialCost small = TrialCost.shallowTraining(config.smallWidth(), config.smallPoints(), config.smallEpochs())
                .times(2.0 * config.smallTasks());
        return run.times(runs).then(small).estimate("width " + config.width() + ", " + config.epochs() + " epochs, "
                + config.alphas().size() + " alphas × " + config.inits().size() + " inits");
    }

    /**
     * @return Table 2's data (SRS §4.4): x = −3, the 21 points −2, −1.8, …, 2, then 3 (the pins), each y uniform on
     *         [−2, 2], drawn in that order from {@code random}
     */
    static Dataset pinnedData(RandomGenerator random) {
        double[] x = new double[23];
        double[] y = new double[23];
        x[0] = -3;
        x[22] = 3;
        for (int n = 0; n < 21; n++) {
            x[n + 1] = -2 + 0.2 * n;
        }
        for (int n = 0; n < 23; n++) {
            y[n] = -2 + 4 * random.nextDouble();
        }
        return new Dataset(x, y);
    }

    @Override
    public List<Row> trial(AlphaRegimesConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        Dataset pinned = pinnedData(random);
        Dataset unpinned = new Dataset(java.util.Arrays.copyOfRange(pinned.x(), 1, 22),
                java.util.Arrays.copyOfRange(pinned.y(), 1, 22));
        Map<String, FitResult> pinnedReferences = references(pinned, plugins);
        Map<String, FitResult> unpinnedReferences = references(unpinned, plugins);
        // every start is drawn here, in the order of the loops below (the preset's starts first, so adding a reading
        // leaves its numbers unchanged); full-batch Adam draws nothing, so the runs are independent work that idle
        // threads may take
        List<Run> runs = new ArrayList<>();
        Map<String, Map<Double, ShallowNetwork>> starts = new LinkedHashMap<>();
        for (String init : config.inits()) {
            for (double alpha : config.alphas()) {
                ShallowNetwork start = start(plugins, init, alpha, config.width(), pinned, random);
                starts.computeIfAbsent(init, i -> new LinkedHashMap<>()).put(alpha, start);
                runs.add(new Run(init, alpha, Cells.run(init, alpha), start, pinned, pinnedReferences,
                        lr(config, alpha), config.epochs(), plugins, true));
            }
        }
        // the small tasks draw from a generator of their own, seeded here: readings added or removed below leave
        // their data and starts as they are
        RandomGenerator smallRandom = new java.util.SplittableRandom(random.nextLong());
        List<SmallRun> small = new ArrayList<>();
        if (config.smallTask()) {
            for (int task = 0; task < config.smallTasks(); task++) {
                Dataset data = SmallTask.data(config.smallPoints(), smallRandom);
                for (String init : config.inits()) {
                    ShallowNetwork start = start(plugins, init, config.smallAlpha(), config.smallWidth(), data,
                            smallRandom);
                    small.add(new SmallRun(init, data, start, new Run(init, config.smallAlpha(), Map.of(), start,
                            data, Map.of(), config.lrLarge(), config.smallEpochs(), plugins, false)));
                }
            }
        }
        for (String init : config.unpinnedInits()) {
            for (double alpha : config.alphas()) {
                ShallowNetwork start = start(plugins, init, alpha, config.width(), unpinned, random);
                runs.add(new Run(init, alpha, Cells.reading(init, alpha, Cells.NO_PINS), start, unpinned,
                        unpinnedReferences, lr(config, alpha), config.epochs(), plugins, false));
            }
        }
        if (config.tilingReading() && config.inits().contains(FLAT)) {
            for (double alpha : config.alphas()) {
                // the flat initializer tiles the range of the data it is given: the interior points' [−2, 2]
                ShallowNetwork start = start(plugins, FLAT, alpha, config.width(), unpinned, random);
                runs.add(new Run(FLAT, alpha, Cells.reading(FLAT, alpha, Cells.TILING), start, pinned,
                        pinnedReferences, lr(config, alpha), config.epochs(), plugins, false));
            }
        }
        if (config.lrSmallReading()) {
            for (String init : config.inits()) {
                for (double alpha : config.alphas()) {
                    if (alpha >= 1) {
                        runs.add(new Run(init, alpha, Cells.reading(init, alpha, Cells.LR_SMALL), starts.get(init)
                                .get(alpha), pinned, pinnedReferences, config.lrSmall(), config.epochs(), plugins,
                                false));
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Run run : runs) {
            rows.add(new Row(run.cell, run.metrics()));
        }
        rows.addAll(exponents(config, runs));
        rows.addAll(smallTaskRows(config, small));
        if (trial == 0) {
            rows.addAll(zoomRows(config, runs, pinnedReferences));
        }
        return rows;
    }

    private static ShallowNetwork start(PluginRegistry plugins, String init, double alpha, int width, Dataset data,
            RandomGenerator random) {
        return plugins.plugin(InitializerPlugin.class, init).create(Map.of("alpha", alpha)).shallow(width, data,
                random);
    }

    private static double lr(AlphaRegimesConfig config, double alpha) {
        return alpha < 1 ? config.lrSmall() : config.lrLarge();
    }

    private static Map<String, FitResult> references(Dataset data, PluginRegistry plugins) {
        Map<String, FitResult> references = new LinkedHashMap<>();
        references.put(Cells.LINEAR, plugins.plugin(Fitter.class, "linear").fit(data, new FitRequest(0, 1)));
        references.put(Cells.CUBIC, plugins.plugin(Fitter.class, "natural-cubic").fit(data, new FitRequest(0, 1)));
        references.put(Cells.SMOOTHING, plugins.plugin(Fitter.class, "smoothing-spline").fit(data,
                new FitRequest(0, 1)));
        return references;
    }

    /** Per init, each trial's fitted exponents of the preset runs' initial rates in α (see {@link InitialRates}). */
    private static List<Row> exponents(AlphaRegimesConfig config, List<Run> runs) {
        List<Row> rows = new ArrayList<>();
        for (String init : config.inits()) {
            List<Double> all = new ArrayList<>();
            List<Double> large = new ArrayList<>();
            List<InitialRates> allRates = new ArrayList<>();
            List<InitialRates> largeRates = new ArrayList<>();
            for (Run run : runs) {
                if (run.preset && run.init.equals(init)) {
                    double alpha = run.alpha;
                    all.add(alpha);
                    allRates.add(run.rates);
                    if (alpha >= 1) {
                        large.add(alpha);
                        largeRates.add(run.rates);
                    }
                }
            }
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("flowBreakpoint", InitialRates.exponent(all,
                    allRates.stream().map(InitialRates::flowBreakpoint).toList()));
            metrics.put("flowDeltaSlope", InitialRates.exponent(large,
                    largeRates.stream().map(InitialRates::flowDeltaSlope).toList()));
            metrics.put("adamBreakpoint", InitialRates.exponent(all,
                    allRates.stream().map(InitialRates::adamBreakpoint).toList()));
            metrics.put("adamDeltaSlope", InitialRates.exponent(large,
                    largeRates.stream().map(InitialRates::adamDeltaSlope).toList()));
            metrics.put("flowBreakpointMax", allRates.stream().mapToDouble(InitialRates::flowBreakpoint).max()
                    .orElse(Double.NaN));
            metrics.put("adamBreakpointMax", allRates.stream().mapToDouble(InitialRates::adamBreakpoint).max()
                    .orElse(Double.NaN));
            rows.add(new Row(Cells.exponents(init), metrics));
        }
        return rows;
    }

    private static List<Row> smallTaskRows(AlphaRegimesConfig config, List<SmallRun> small) {
        List<Row> rows = new ArrayList<>();
        for (String init : config.inits()) {
            double loss = 0;
            double zero = 0;
            double floor = 0;
            double reached = 0;
            int tasks = 0;
            for (SmallRun run : small) {
                if (!run.init.equals(init)) {
                    continue;
                }
                TrainingResult result = run.run.result();
                double final_ = result == null ? Double.NaN : result.finalLoss();
                double zeroLoss = 0.5 * java.util.Arrays.stream(run.data.y()).map(v -> v * v).sum();
                loss += final_;
                zero += zeroLoss;
                floor += SmallTask.frozenFloor(run.start, run.data);
                reached += final_ <= RegimeVerdicts.NEAR_ZERO * zeroLoss ? 1 : 0;
                tasks++;
            }
            if (tasks > 0) {
                rows.add(new Row(Cells.smallTask(init), Map.of("trainLoss", loss / tasks, "zeroLoss", zero / tasks,
                        "frozenFloor", floor / tasks, "reachedZero", reached / tasks)));
            }
        }
        return rows;
    }

    /** Fig 9's zoom: trial 0's fits from the first init's preset runs, and the references, on [−1, −0.2]. */
    private static List<Row> zoomRows(AlphaRegimesConfig config, List<Run> runs, Map<String, FitResult> references) {
        List<Row> rows = new ArrayList<>();
        String first = config.inits().get(0);
        for (Run run : runs) {
            TrainingResult result = run.result();
            if (!run.preset || !first.equals(run.init) || result == null) {
                continue;
            }
            for (double z : Cells.ZOOM) {
                rows.add(new Row(Cells.curve(Cells.alphaCurve(run.alpha), z),
                        Map.of("f", result.network().value(z))));
            }
        }
        for (double z : Cells.ZOOM) {
            rows.add(new Row(Cells.curve(Cells.LINEAR_CURVE, z), Map.of("f", references.get(Cells.LINEAR).value(z))));
            rows.add(new Row(Cells.curve(Cells.CUBIC_CURVE, z), Map.of("f", references.get(Cells.CUBIC).value(z))));
            rows.add(new Row(Cells.curve(Cells.SMOOTHING_CURVE, z), Map.of("f", references.get(Cells.SMOOTHING)
                    .value(z))));
        }
        return rows;
    }

    @Override
    public List<Verdict> verdicts(AlphaRegimesConfig config, Summary summary) {
        return RegimeVerdicts.of(config, summary);
    }

    @Override
    public List<PaperTable> paperTables(AlphaRegimesConfig config, Summary summary) {
        return Table2.tables(config, summary);
    }

    @Override
    public List<Figure> figures(AlphaRegimesConfig config, Summary summary) {
        return AlphaFigures.of(config, summary);
    }

    /** A §4.3 small-task run with what it was trained on. */
    private record SmallRun(String init, Dataset data, ShallowNetwork start, Run run) {
    }

    /** One training run, started as independent work when built; its start's initial rates measured at once. */
    private static final class Run {
        final Map<String, String> cell;
        final String init;
        final double alpha;
        final boolean preset;
        final InitialRates rates;
        private final Dataset data;
        private final Map<String, FitResult> references;
        private final TrialWork<TrainingResult> work;

        Run(String init, double alpha, Map<String, String> cell, ShallowNetwork start, Dataset data, Map<String, FitResult> references, double lr,
                int epochs, PluginRegistry plugins, boolean preset) {
            this.cell = cell;
            this.init = init;
            this.alpha = alpha;
            this.preset = preset;
            this.data = data;
            this.references = references;
            OptimizerPlugin adam = plugins.plugin(OptimizerPlugin.class, "adam");
            this.rates = preset ? InitialRates.of(start, data, adam.create(Map.of("lr", lr), start.parameterCount()),
                    lr) : null;
            this.work = TrialWork.start(() -> {
                TrainingResult trained = new Trainer(TrainerConfig.epochs(epochs), GradientMethod.AUTO).train(start,
                        data, adam.create(Map.of("lr", lr), start.parameterCount()), TrialWork.NO_DRAWS, List.of());
                return trained.diverged() ? null : trained;
            });
        }

        TrainingResult result() {
            return work.result();
        }

        /** The fit's metrics; a diverged run's are NaN (left out of the means) with {@code diverged} 1. */
        Map<String, Double> metrics() {
            TrainingResult result = result();
            Map<String, Double> metrics = new LinkedHashMap<>();
            if (result == null) {
                for (String name : references.keySet()) {
                    for (String metric : List.of("mae", "rmse", "endSlopeGap")) {
                        metrics.put(metric + name, Double.NaN);
                    }
                }
                metrics.put("trainLoss", Double.NaN);
            } else {
                metrics.putAll(FitComparison.metrics((ShallowNetwork) result.network(), references));
                metrics.put("trainLoss", result.finalLoss());
            }
            metrics.put("zeroLoss", 0.5 * java.util.Arrays.stream(data.y()).map(v -> v * v).sum());
            FitResult smoothing = references.get(Cells.SMOOTHING);
            if (smoothing != null) {
                metrics.put("smoothingDf", smoothing.parameters().get("df"));
                // how near the GCV spline any net through the data, and any net at this run's training loss, can be
                double[] floor = FitComparison.bound(smoothing, data, 0);
                metrics.put("maeSmoothingFloor", floor[0]);
                metrics.put("rmseSmoothingFloor", floor[1]);
                if (result != null) {
                    double[] bound = FitComparison.bound(smoothing, data, result.finalLoss());
                    metrics.put("maeSmoothingBound", bound[0]);
                    metrics.put("rmseSmoothingBound", bound[1]);
                } else {
                    metrics.put("maeSmoothingBound", Double.NaN);
                    metrics.put("rmseSmoothingBound", Double.NaN);
                }
            }
            metrics.put("diverged", result == null ? 1.0 : 0.0);
            if (rates != null) {
                metrics.put("flowBreakpoint", rates.flowBreakpoint());
                metrics.put("flowDeltaSlope", rates.flowDeltaSlope());
                metrics.put("adamBreakpoint", rates.adamBreakpoint());
                metrics.put("adamDeltaSlope", rates.adamDeltaSlope());
            }
            return metrics;
        }
    }
}
