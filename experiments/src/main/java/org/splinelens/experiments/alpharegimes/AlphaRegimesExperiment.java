package org.splinelens.experiments.alpharegimes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.baselines.fit.FitRequest;
import org.splinelens.baselines.fit.FitResult;
import org.splinelens.baselines.fit.Fitter;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Grid;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.optim.OptimizerPlugin;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingDiverged;
import org.splinelens.dynamics.train.TrainingResult;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.TrialCost;
import org.splinelens.experiments.runner.TrialWork;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.InitializerPlugin;

/**
 * Table 2: a wide shallow net fitted to random data from a flat or He start scaled by α, compared with linear
 * interpolation and the natural cubic spline. Claims: with a flat start, moderate α gives an interpolating linear
 * spline and large α the roughness-minimising cubic spline (the kernel regime, Cor 4).
 */
public final class AlphaRegimesExperiment extends Experiment<AlphaRegimesConfig> {
    private static final List<String> METRICS = List.of("maeLinear", "rmseLinear", "maeCubic", "rmseCubic");
    /** Table 2 as printed, rows α = .1, 1, 3, 10, 100; columns MAE/RMSE vs linear, MAE/RMSE vs cubic. */
    private static final Map<String, String[][]> PAPER = Map.of(
            "flat", new String[][] {
                {".251 ± .077", ".370 ± .11", ".326 ± .12", ".442 ± .16"},
                {".137 ± .060", ".228 ± .074", ".199 ± .084", ".282 ± .12"},
                {".0296 ± .0083", ".0749 ± .018", ".117 ± .034", ".158 ± .048"},
                {".122 ± .027", ".157 ± .029", ".0341 ± .012", ".0481 ± .019"},
                {".159 ± .042", ".210 ± .055", ".0299 ± .011", ".0501 ± .024"}},
            "he-normal", new String[][] {
                {".202 ± .079", ".320 ± .13", ".293 ± .11", ".418 ± .16"},
                {".134 ± .064", ".233 ± .11", ".211 ± .10", ".308 ± .15"},
                {".132 ± .065", ".239 ± .12", ".209 ± .089", ".329 ± .15"},
                {".115 ± .046", ".163 ± .061", ".0884 ± .052", ".149 ± .11"},
                {".161 ± .048", ".212 ± .055", ".0556 ± .015", ".0828 ± .021"}});
    private static final List<Double> PAPER_ALPHAS = List.of(0.1, 1.0, 3.0, 10.0, 100.0);

    public AlphaRegimesExperiment() {
        super("alpha-regimes", "Table 2: init scale alpha vs linear-interpolation and cubic-spline regimes",
                AlphaRegimesConfig.class,
                new AlphaRegimesConfig(1000, PAPER_ALPHAS, List.of("flat", "he-normal"), 10_000, 1.5e-4, 3e-5, 2),
                new AlphaRegimesConfig(1000, PAPER_ALPHAS, List.of("flat", "he-normal"), 50_000, 3e-5, 6e-6, 5));
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
     * A trial trains inits × alphas shallow nets of width H on the 23 points for the epochs and compares each with
     * the interpolants on the 401-point grid (O(H) a point).
     */
    @Override
    public WorkEstimate estimate(AlphaRegimesConfig config, PluginRegistry plugins) {
        Limits.arrayLength("width " + config.width(), "parameters (3H + 1)", 3.0 * config.width() + 1);
        TrialCost run = TrialCost.shallowTraining(config.width(), 23, config.epochs())
                .then(new TrialCost(0, 2 * 401.0 * config.width()));
        return run.times(config.inits().size() * config.alphas().size()).estimate("width " + config.width() + ", "
                + config.epochs() + " epochs, " + config.alphas().size() + " alphas × " + config.inits().size()
                + " inits");
    }

    @Override
    public List<Row> trial(AlphaRegimesConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
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
        Dataset data = new Dataset(x, y);
        double[] grid = new Grid(-2, 2, 0.01).points();
        FitResult linear = plugins.plugin(Fitter.class, "linear").fit(data, new FitRequest(0, 1));
        FitResult cubic = plugins.plugin(Fitter.class, "natural-cubic").fit(data, new FitRequest(0, 1));
        OptimizerPlugin adam = plugins.plugin(OptimizerPlugin.class, "adam");
        // every start is drawn here, in the order of the loops below; full-batch Adam draws nothing, so the runs
        // are independent work that idle threads may take
        Map<String, List<TrialWork<TrainingResult>>> runs = new LinkedHashMap<>();
        for (String init : config.inits()) {
            InitializerPlugin factory = plugins.plugin(InitializerPlugin.class, init);
            List<TrialWork<TrainingResult>> byAlpha = new ArrayList<>();
            for (double alpha : config.alphas()) {
                ShallowNetwork start = factory.create(Map.of("alpha", alpha)).shallow(config.width(), data, random);
                double lr = alpha < 1 ? config.lrSmall() : config.lrLarge();
                byAlpha.add(TrialWork.start(() -> {
                    try {
                        return new Trainer(new TrainerConfig(config.epochs(), 0, 0, config.epochs()),
                                GradientMethod.AUTO).train(start, data, adam.create(Map.of("lr", lr),
                                start.parameterCount()), TrialWork.NO_DRAWS, List.of());
                    } catch (TrainingDiverged e) {
                        return null;
                    }
                }));
            }
            runs.put(init, byAlpha);
        }
        List<Row> rows = new ArrayList<>();
        for (String init : config.inits()) {
            for (int a = 0; a < config.alphas().size(); a++) {
                double alpha = config.alphas().get(a);
                TrainingResult result = runs.get(init).get(a).result();
                if (result == null) {
                    Map<String, Double> diverged = new LinkedHashMap<>();
                    METRICS.forEach(m -> diverged.put(m, Double.NaN));
                    diverged.put("trainLoss", Double.NaN);
                    diverged.put("diverged", 1.0);
                    rows.add(new Row(cell(init, alpha), diverged));
                    continue;
                }
                double[] errors = new double[4];
                for (double g : grid) {
                    double f = result.network().value(g);
                    double dl = Math.abs(f - linear.value(g));
                    double dc = Math.abs(f - cubic.value(g));
                    errors[0] += dl;
                    errors[1] += dl * dl;
                    errors[2] += dc;
                    errors[3] += dc * dc;
                }
                Map<String, Double> metrics = new LinkedHashMap<>();
                metrics.put("maeLinear", errors[0] / grid.length);
                metrics.put("rmseLinear", Math.sqrt(errors[1] / grid.length));
                metrics.put("maeCubic", errors[2] / grid.length);
                metrics.put("rmseCubic", Math.sqrt(errors[3] / grid.length));
                metrics.put("trainLoss", result.finalLoss());
                metrics.put("diverged", 0.0);
                rows.add(new Row(cell(init, alpha), metrics));
                if (trial == 0 && init.equals(config.inits().get(0))) {
                    for (double z : ZOOM) {
                        rows.add(new Row(curve("alpha = " + alpha, z), Map.of("f", result.network().value(z))));
                    }
                }
            }
        }
        if (trial == 0) {
            for (double z : ZOOM) {
                rows.add(new Row(curve("linear interpolation", z), Map.of("f", linear.value(z))));
                rows.add(new Row(curve("natural cubic spline", z), Map.of("f", cubic.value(z))));
            }
        }
        return rows;
    }

    /** Fig 9's zoom: a small window of one seed's fits, here [−1, −0.2] (four data points inside). */
    private static final double[] ZOOM = new Grid(-1, -0.2, 0.01).points();

    private static Map<String, String> curve(String curve, double x) {
        return CellBuilder.of("curve", curve).and("x", x).build();
    }

    private static Map<String, String> cell(String init, double alpha) {
        return CellBuilder.of("init", init).and("alpha", alpha).build();
    }

    @Override
    public List<Verdict> verdicts(AlphaRegimesConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        if (!config.inits().contains("flat")) {
            return verdicts;
        }
        double largest = config.alphas().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        Summary.Stat linear = summary.stat(cell("flat", largest), "maeLinear");
        Summary.Stat cubic = summary.stat(cell("flat", largest), "maeCubic");
        verdicts.add(new Verdict("flat init, large alpha: the fit is the cubic spline rather than the linear"
                + " interpolant (kernel regime)", cubic.mean() < linear.mean(), String.format(Locale.ROOT,
                "alpha = %s: MAE vs cubic %s, vs linear %s", largest, cubic, linear)));
        if (config.alphas().contains(3.0)) {
            Summary.Stat l3 = summary.stat(cell("flat", 3.0), "maeLinear");
            Summary.Stat c3 = summary.stat(cell("flat", 3.0), "maeCubic");
            verdicts.add(new Verdict("flat init, alpha = 3: the fit is the linear interpolant rather than the cubic"
                    + " spline", l3.mean() < c3.mean(), String.format(Locale.ROOT,
                    "MAE vs linear %s, vs cubic %s", l3, c3)));
        }
        return verdicts;
    }

    @Override
    public List<PaperTable> paperTables(AlphaRegimesConfig config, Summary summary) {
        List<PaperTable> tables = new ArrayList<>();
        for (String init : config.inits()) {
            List<PaperTable.TableRow> rows = new ArrayList<>();
            for (double alpha : config.alphas()) {
                int paperRow = PAPER_ALPHAS.indexOf(alpha);
                List<String> paper = new ArrayList<>();
                List<String> ours = new ArrayList<>();
                for (int m = 0; m < METRICS.size(); m++) {
                    paper.add(paperRow >= 0 && PAPER.containsKey(init) ? PAPER.get(init)[paperRow][m] : "—");
                    ours.add(summary.stat(cell(init, alpha), METRICS.get(m)).toString());
                }
                rows.add(new PaperTable.TableRow("α = " + alpha, paper, ours));
            }
            tables.add(new PaperTable("Table 2 (" + init + "): fit vs linear interpolation and cubic spline",
                    List.of("MAE vs linear", "RMSE vs linear", "MAE vs cubic", "RMSE vs cubic"), rows));
        }
        return tables;
    }

    @Override
    public List<Figure> figures(AlphaRegimesConfig config, Summary summary) {
        double[] alphas = config.alphas().stream().mapToDouble(Double::doubleValue).toArray();
        List<Series> series = new ArrayList<>();
        for (String init : config.inits()) {
            for (String metric : List.of("maeLinear", "maeCubic")) {
                series.add(Series.of(init + ", " + (metric.equals("maeLinear") ? "vs linear" : "vs cubic"), alphas,
                        alpha -> cell(init, alpha), summary, metric, true));
            }
        }
        List<String> curves = new ArrayList<>();
        for (double alpha : config.alphas()) {
            curves.add("alpha = " + alpha);
        }
        curves.add("linear interpolation");
        curves.add("natural cubic spline");
        List<Series> zoom = new ArrayList<>();
        for (String curve : curves) {
            if (summary.cells().stream().noneMatch(c -> c.levels().equals(curve(curve, ZOOM[0])))) {
                continue; // that run diverged in trial 0
            }
            double[] f = new double[ZOOM.length];
            for (int k = 0; k < ZOOM.length; k++) {
                f[k] = summary.stat(curve(curve, ZOOM[k]), "f").mean();
            }
            zoom.add(new Series(curve, ZOOM, f, null));
        }
        return List.of(new Figure("alpha-regimes", "Table 2: MAE of the trained net against linear interpolation"
                + " and the cubic spline", "alpha", "MAE on [-2, 2]", true, series),
                new Figure("alpha-zoom", "Fig 9: " + config.inits().get(0) + " init, fits for each alpha on [-1, -0.2]"
                        + " (trial 0)", "x", "f(x)", false, zoom));
    }
}
