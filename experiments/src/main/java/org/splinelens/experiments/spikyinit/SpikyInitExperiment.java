package org.splinelens.experiments.spikyinit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Grid;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.spline.Pwl;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.optim.GradientDescent;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingDiverged;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.TrialCost;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.Initializer;
import org.splinelens.init.InitializerPlugin;

/**
 * Table 3: standard vs spiky initialization, shallow and deep, trained on 20 points of a smooth target; the test error
 * on a dense grid. Claim: both fit the training data, the spiky start generalizes worse.
 */
public final class SpikyInitExperiment extends Experiment<SpikyInitConfig> {
    private static final double LOW = -2;
    private static final double HIGH = 2;
    /** Table 3 of Sahs et al. as printed: Shallow, Spiky Shallow, Deep, Spiky Deep per target. */
    private static final Map<String, List<String>> PAPER = Map.of(
            "sin", List.of("42.95 ± 6.406", "157.5 ± 60.27", "31.48 ± 7.078", "122.0 ± 128.2"),
            "arctan", List.of("0.013 ± 0.077", "2.499 ± 1.257", "0.980 ± 0.936", "32.570 ± 26.100"),
            "sawtooth", List.of("156.9 ± 12.45", "150.1 ± 61.48", "148.1 ± 8.755", "198.0 ± 170.9"),
            "cubic", List.of("3.608 ± 1.683", "136.7 ± 124.1", "56.77 ± 98.91", "191.6 ± 114.1"),
            "quadratic", List.of("3.559 ± 4.553", "150.6 ± 49.00", "1.741 ± 1.296", "46.02 ± 19.42"),
            "exp-half", List.of(".6509 ± .5928", "181.1 ± 75.36", "1.339 ± 1.292", "54.50 ± 37.77"));

    public SpikyInitExperiment() {
        super("spiky-init", "Table 3: test error after training from a standard vs a spiky start, shallow and deep",
                SpikyInitConfig.class,
                new SpikyInitConfig(List.of("sin", "quadratic"), 20, 21, List.of(8, 8, 8, 8), 1e-4, 5, 2000, 1000, 2),
                new SpikyInitConfig(List.of("sin", "arctan", "sawtooth", "cubic", "quadratic", "exp-half"), 20, 21,
                        List.of(8, 8, 8, 8), 1e-4, 5, 20_000, 10_000, 5));
    }

    @Override
    public int trials(SpikyInitConfig config) {
        return config.trials();
    }

    @Override
    public void validate(SpikyInitConfig config, PluginRegistry plugins) {
        for (String target : config.targets()) {
            if (!plugins.plugins(TargetFunction.class).containsKey(target)) {
                throw new IllegalArgumentException("targets: unknown target " + Excerpt.of(target));
            }
        }
    }

    /**
     * A trial trains, per target, the shallow net from both starts and, with deep widths, the deep net from both
     * (after pre-training the spiky one on a 101-point CPWL); the test grid has 401 points and trial 0 adds a row per
     * training point.
     */
    @Override
    public WorkEstimate estimate(SpikyInitConfig config, PluginRegistry plugins) {
        double points = config.points();
        String what = "points " + config.points() + ", shallowWidth " + config.shallowWidth() + ", deepWidths "
                + config.deepWidths() + ", " + config.epochs() + " epochs, " + config.pretrainEpochs()
                + " pretrainEpochs";
        Limits.arrayLength(what, "parameters (3H + 1)", 3.0 * config.shallowWidth() + 1);
        TrialCost shallow = TrialCost.shallowTraining(config.shallowWidth(), points, config.epochs())
                .then(new TrialCost(0, 401.0 * config.shallowWidth())).times(2);
        TrialCost deep = TrialCost.NONE;
        if (!config.deepWidths().isEmpty()) {
            int[] widths = config.deepWidths().stream().mapToInt(Integer::intValue).toArray();
            Limits.arrayLength(what, "parameters", TrialCost.parameters(widths));
            deep = TrialCost.deepTraining(widths, points, config.epochs()).times(2)
                    .then(TrialCost.deepTraining(widths, 101, config.pretrainEpochs()))
                    .then(new TrialCost(0, 2 * 401 * TrialCost.parameters(widths)));
        }
        return TrialCost.data(points + 401).with(shallow.then(deep)).times(config.targets().size())
                .with(TrialCost.rows(points + 4 * 201 + 4.0 * config.targets().size())).estimate(what);
    }

    @Override
    public List<Row> trial(SpikyInitConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        Initializer standard = plugins.plugin(InitializerPlugin.class, "pytorch-default").create(Map.of());
        double[] grid = new Grid(LOW, HIGH, 0.01).points();
        List<Row> rows = new ArrayList<>();
        for (String name : config.targets()) {
            TargetFunction target = plugins.plugin(TargetFunction.class, name);
            double[] x = new double[config.points()];
            for (int n = 0; n < x.length; n++) {
                x[n] = LOW + (HIGH - LOW) * random.nextDouble();
            }
            Arrays.sort(x);
            Dataset data = Dataset.sample(x, target::value);
            Dataset test = Dataset.sample(grid, target::value);

            ShallowNetwork standardStart = standard.shallow(config.shallowWidth(), data, random);
            ShallowNetwork spikyStart = spikyAtData(x, config.shallowWidth(), random);
            Trained standardEnd = train(standardStart, data, test, config.lr(), config.epochs(), random);
            Trained spikyEnd = train(spikyStart, data, test, config.lr() / config.spikyLrDivisor(), config.epochs(),
                    random);
            rows.add(row(name, "shallow", "standard", standardEnd));
            rows.add(row(name, "shallow", "spiky", spikyEnd));
            if (trial == 0 && name.equals(config.targets().get(0))) {
                // Fig 3 / Fig 6: the functions before and after training, one trial, first target
                curves(rows, name, "standard", standardStart, standardEnd);
                curves(rows, name, "spiky", spikyStart, spikyEnd);
                for (int n = 0; n < x.length; n++) {
                    rows.add(new Row(curveCell(name, "data", "", x[n]), Map.of("f", data.y(n))));
                }
            }
            if (!config.deepWidths().isEmpty()) {
                DeepArchitecture architecture = new DeepArchitecture(config.deepWidths().stream()
                        .mapToInt(Integer::intValue).toArray());
                UnivariateNetwork start = standard.deep(architecture, data, random);
                rows.add(row(name, "deep", "standard", train(start, data, test, config.lr(), config.epochs(),
                        random)));
                rows.add(row(name, "deep", "spiky", train(pretrainSpiky(start, config, random), data, test,
                        config.lr(), config.epochs(), random)));
            }
        }
        return rows;
    }

    /**
     * The shallow 'spiky' start of App. 3.1.3, read as "a 20-breakpoint CPWL with y_n ~ U[−2, 2]": knots at the 20
     * training inputs, random values there, flat outside, realised exactly by H = 21 units (padded with dead units if
     * values happen to be collinear).
     */
    private static ShallowNetwork spikyAtData(double[] x, int width, RandomGenerator random) {
        double[] values = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            values[n] = -2 + 4 * random.nextDouble();
        }
        ShallowNetwork net = Pwl.throughPoints(x, values, 0, 0).toShallowNetwork();
        if (net.width() > width) {
            throw new IllegalArgumentException("shallowWidth: a CPWL with knots at " + x.length + " points needs "
                    + net.width() + " units, got " + width);
        }
        double[] w = Arrays.copyOf(net.w(), width);
        double[] b = Arrays.copyOf(net.b(), width);
        for (int i = net.width(); i < width; i++) {
            w[i] = 1;
            b[i] = -3;
        }
        return ShallowNetwork.of(w, b, Arrays.copyOf(net.v(), width), net.b0());
    }

    /** The deep 'spiky' start: the standard start trained to fit a random 20-knot CPWL with values U[−2, 2]. */
    private static UnivariateNetwork pretrainSpiky(UnivariateNetwork start, SpikyInitConfig config,
            RandomGenerator random) {
        double[] knots = new double[20];
        double[] values = new double[20];
        for (int k = 0; k < knots.length; k++) {
            knots[k] = LOW + (HIGH - LOW) * random.nextDouble();
            values[k] = -2 + 4 * random.nextDouble();
        }
        Arrays.sort(knots);
        Pwl spikes = Pwl.throughPoints(knots, values, 0, 0);
        Dataset cpwl = Dataset.sample(new Grid(LOW, HIGH, 0.04).points(), spikes::value);
        try {
            return new Trainer(new TrainerConfig(config.pretrainEpochs(), 0, 0, Math.max(1, config.pretrainEpochs())),
                    GradientMethod.AUTO).train(start, cpwl, new GradientDescent(config.lr(), 0), random, List.of())
                    .network();
        } catch (TrainingDiverged e) {
            return e.lastFinite();
        }
    }

    /** The end of one training run: losses, and the network unless training diverged. */
    private record Trained(double trainLoss, double testMse, UnivariateNetwork network) {
    }

    private static Trained train(UnivariateNetwork start, Dataset data, Dataset test, double lr, int epochs,
            RandomGenerator random) {
        try {
            var result = new Trainer(new TrainerConfig(epochs, 0, 0, epochs), GradientMethod.AUTO).train(start, data,
                    new GradientDescent(lr, 0), random, List.of());
            double mse = 2 * result.network().loss(test.x(), test.y()) / test.size();
            return new Trained(result.finalLoss(), mse, result.network());
        } catch (TrainingDiverged e) {
            return new Trained(Double.NaN, Double.NaN, null);
        }
    }

    private static Row row(String target, String depth, String init, Trained result) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("trainLoss", result.trainLoss());
        metrics.put("testMse", result.testMse());
        metrics.put("diverged", result.network() == null ? 1.0 : 0.0);
        return new Row(cell(target, depth, init), metrics);
    }

    private static final double[] CURVE_X = new Grid(LOW, HIGH, 0.02).points();

    private static void curves(List<Row> rows, String target, String init, UnivariateNetwork before, Trained after) {
        for (double x : CURVE_X) {
            rows.add(new Row(curveCell(target, init, "before", x), Map.of("f", before.value(x))));
            if (after.network() != null) {
                rows.add(new Row(curveCell(target, init, "after", x), Map.of("f", after.network().value(x))));
            }
        }
    }

    private static Map<String, String> curveCell(String target, String init, String stage, double x) {
        return factors(target, "shallow", init).and("curve", stage).and("x", x).build();
    }

    /**
     * Table 3 beside ours: a row per target and depth, the paper's standard and spiky columns of that depth (Shallow,
     * Spiky Shallow; Deep, Spiky Deep). A target the paper did not run is {@link PaperTable#NOT_IN_PAPER}.
     */
    @Override
    public List<PaperTable> paperTables(SpikyInitConfig config, Summary summary) {
        List<String> depths = config.deepWidths().isEmpty() ? List.of("shallow") : List.of("shallow", "deep");
        List<PaperTable.TableRow> rows = new ArrayList<>();
        for (String target : config.targets()) {
            List<String> paper = PAPER.get(target);
            for (int d = 0; d < depths.size(); d++) {
                String depth = depths.get(d);
                List<String> theirs = paper == null ? List.of(PaperTable.NOT_IN_PAPER, PaperTable.NOT_IN_PAPER)
                        : paper.subList(2 * d, 2 * d + 2);
                rows.add(new PaperTable.TableRow(target + " (" + depth + ")", theirs, List.of(
                        summary.stat(cell(target, depth, "standard"), "testMse").toString(),
                        summary.stat(cell(target, depth, "spiky"), "testMse").toString())));
            }
        }
        return List.of(new PaperTable("Table 3 (= FC Table 3): test loss, standard vs spiky start",
                List.of("standard", "spiky"), rows, "Ours: mean squared error on the test grid (step 0.01); the"
                + " paper's loss definition is unstated. FC prints arctan with more digits"
                + " (.01252 ± .07650, .9795 ± .9355) and a stray '±' after"
                + " 181.1 ± 75.36."));
    }

    @Override
    public List<Figure> figures(SpikyInitConfig config, Summary summary) {
        String target = config.targets().get(0);
        List<Series> series = new ArrayList<>();
        for (String init : List.of("standard", "spiky")) {
            for (String stage : List.of("before", "after")) {
                List<double[]> points = new ArrayList<>();
                for (double x : CURVE_X) {
                    for (Summary.CellSummary cell : summary.cells()) {
                        if (cell.levels().equals(curveCell(target, init, stage, x))) {
                            points.add(new double[] {x, cell.stats().get("f").mean()});
                        }
                    }
                }
                if (!points.isEmpty()) {
                    series.add(new Series(init + " " + stage, points.stream().mapToDouble(p -> p[0]).toArray(),
                            points.stream().mapToDouble(p -> p[1]).toArray(), null));
                }
            }
        }
        List<double[]> data = new ArrayList<>();
        for (Summary.CellSummary cell : summary.cells()) {
            if ("data".equals(cell.levels().get("init")) && target.equals(cell.levels().get("target"))) {
                data.add(new double[] {Double.parseDouble(cell.levels().get("x")), cell.stats().get("f").mean()});
            }
        }
        if (!data.isEmpty()) {
            series.add(new Series("training data", data.stream().mapToDouble(p -> p[0]).toArray(),
                    data.stream().mapToDouble(p -> p[1]).toArray(), null));
        }
        return List.of(new Figure("spiky-before-after", "FC Figs 4/6: shallow net on " + target + " from a standard"
                + " and a spiky start, before and after training (trial 0)", "x", "f(x)", false, series));
    }

    private static Map<String, String> cell(String target, String depth, String init) {
        return factors(target, depth, init).build();
    }

    private static CellBuilder factors(String target, String depth, String init) {
        return CellBuilder.of("target", target).and("depth", depth).and("init", init);
    }

    @Override
    public List<Verdict> verdicts(SpikyInitConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        for (String depth : config.deepWidths().isEmpty() ? List.of("shallow") : List.of("shallow", "deep")) {
            int worse = 0;
            StringBuilder evidence = new StringBuilder();
            for (String target : config.targets()) {
                Summary.Stat standard = summary.stat(cell(target, depth, "standard"), "testMse");
                Summary.Stat spiky = summary.stat(cell(target, depth, "spiky"), "testMse");
                if (spiky.mean() > standard.mean()) {
                    worse++;
                }
                evidence.append(String.format(Locale.ROOT, "%s%s: spiky %s vs standard %s",
                        evidence.isEmpty() ? "" : "; ", target, spiky, standard));
            }
            verdicts.add(new Verdict(depth + " nets: a spiky start generalizes worse than a standard one",
                    2 * worse > config.targets().size(), String.format(Locale.ROOT, "worse on %d of %d targets (%s)",
                    worse, config.targets().size(), evidence)));
        }
        return verdicts;
    }
}
