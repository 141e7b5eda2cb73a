package org.splinelens.experiments.uniformbreakpointinit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Grid;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.optim.GradientDescent;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingResult;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.TrialCost;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.InitializerPlugin;

/**
 * 'functional characterization' Table 1: standard vs uniform-breakpoint initialization of a shallow net trained by GD
 * on sin(x) and x²/2. Claims: uniform breakpoints "converge faster and achieve a better training loss" (FC Sec 2.2),
 * "rescue bad fits in cases with significant curvature far from the origin, with less effect on other cases" (FC
 * Sec 3). Every loss reading of the config ({@link LossReading}) trains its own nets from the same starts and is
 * judged on its own ({@link Table1Verdicts}); the table shows each beside the paper's numbers.
 */
public final class UniformBreakpointInitExperiment extends Experiment<UniformBreakpointInitConfig> {
    private static final List<String> INITS = List.of("pytorch-default", "uniform-breakpoints");
    private static final List<String> LOSSES = List.of("half-sum", "sum", "mean");
    /**
     * The targets: FC Table 1's sine and quadratic, and sin(πx), the function FC App. 3.2 trains as the "Sine" of its
     * Table 2 (a reading of Table 1's "Sine" beside sin(x), which FC Sec 3 names).
     */
    private static final List<String> TARGETS = List.of("sin", "quadratic", "sin-pi");
    /** "Trained on function over the interval [−2, 2]" (FC App. 3.1.1), whatever the target's own domain. */
    static final double LOW = -2;
    static final double HIGH = 2;

    public UniformBreakpointInitExperiment() {
        super("uniform-breakpoint-init", "Table 1: test loss after GD from standard vs uniform-breakpoint init",
                UniformBreakpointInitConfig.class,
                new UniformBreakpointInitConfig(21, 0.01, 5e-5, 2000, TARGETS, INITS, 3, LOSSES,
                        0.01, 100),
                new UniformBreakpointInitConfig(21, 0.01, 5e-5, 10_000, TARGETS, INITS, 5,
                        LOSSES, 0.01, 100));
    }

    @Override
    public int trials(UniformBreakpointInitConfig config) {
        return config.trials();
    }

    @Override
    public void validate(UniformBreakpointInitConfig config, PluginRegistry plugins) {
        for (String target : config.targets()) {
            if (!plugins.plugins(TargetFunction.class).containsKey(target)) {
                throw new IllegalArgumentException("targets: unknown target " + Excerpt.of(target));
            }
        }
        for (String init : config.inits()) {
            if (!plugins.plugins(InitializerPlugin.class).containsKey(init)) {
                throw new IllegalArgumentException("inits: unknown initializer " + Excerpt.of(init));
            }
        }
    }

    /**
     * A trial trains targets × losses × inits shallow nets of width H on each target's grid (N points) for the epochs,
     * then evaluates each on the N − 1 midpoints (O(N·H)).
     */
    @Override
    public WorkEstimate estimate(UniformBreakpointInitConfig config, PluginRegistry plugins) {
        int points = TrialCost.gridPoints("step", config.step(), LOW, HIGH);
        Limits.arrayLength("width " + config.width(), "parameters (3H + 1)", 3.0 * config.width() + 1);
        TrialCost run = TrialCost.data(2.0 * points).with(TrialCost.shallowTraining(config.width(), points,
                config.epochs())).then(new TrialCost(0, 2.0 * points * config.width()))
                .then(TrialCost.rows(2.0 + config.epochs() / (double) config.curveEvery()));
        return run.times((double) config.targets().size() * config.inits().size() * config.losses().size())
                .estimate("width " + config.width() + " on " + points + " points (step " + config.step() + "), "
                        + config.epochs() + " epochs, losses " + config.losses());
    }

    /**
     * The starts are drawn once per target and init, every init from the same seed, and trained under every loss
     * reading, so the readings differ by the loss alone. Metrics in the reading's units: {@code trainLoss} on the
     * training grid, {@code testLoss} on the midpoints, {@code startLoss}; {@code epochsToFraction}, the first epoch
     * whose training loss is at most {@code speedFraction} of the start's (the budget when never);
     * {@code lossAtTenth}, the training loss after a tenth of the epochs; {@code diverged}; and the loss curve every
     * {@code curveEvery} epochs (cells {@link Table1Cells#curve}).
     */
    @Override
    public List<Row> trial(UniformBreakpointInitConfig config, int trial, RandomGenerator random,
            PluginRegistry plugins) {
        List<Row> rows = new ArrayList<>();
        for (String name : config.targets()) {
            TargetFunction target = plugins.plugin(TargetFunction.class, name);
            double[] x = trainingGrid(config);
            Dataset train = Dataset.sample(x, target::value);
            Dataset test = Dataset.sample(midpoints(x), target::value);
            // every init of the target draws from the same seed: the uniform-breakpoint start, whose base is
            // PyTorch's default, perturbs the very standard start it is compared with (App. 3.1.1: "taken from the
            // original standard initialization")
            long seed = random.nextLong();
            for (String init : config.inits()) {
                ShallowNetwork start = plugins.plugin(InitializerPlugin.class, init).create(Map.of())
                        .shallow(config.width(), train, new SplittableRandom(seed));
                for (LossReading reading : config.readings()) {
                    rows.addAll(train(config, name, init, reading, start, train, test, random));
                }
            }
        }
        return rows;
    }

    private static List<Row> train(UniformBreakpointInitConfig config, String target, String init,
            LossReading reading, ShallowNetwork start, Dataset train, Dataset test, RandomGenerator random) {
        double c = reading.factor(train.size());
        double cTest = reading.factor(test.size());
        Map<String, Double> metrics = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        metrics.put("startLoss", c * start.loss(train.x(), train.y()));
        TrainingResult result = new Trainer(TrainerConfig.epochs(config.epochs()), GradientMethod.AUTO).train(start,
                train, new GradientDescent(c * config.lr()), random, List.of());
        if (!result.diverged()) {
            double[] curve = result.lossCurve();
            metrics.put("trainLoss", c * result.finalLoss());
            metrics.put("testLoss", cTest * result.network().loss(test.x(), test.y()));
            metrics.put("epochsToFraction", (double) firstAtMost(curve, config.speedFraction() * curve[0]));
            metrics.put("lossAtTenth", c * curve[(curve.length - 1) / 10]);
            metrics.put("diverged", 0.0);
            for (int e = 0; e < curve.length; e += config.curveEvery()) {
                rows.add(new Row(Table1Cells.curve(target, reading.key(), init, e), Map.of("trainLoss", c * curve[e])));
            }
        } else {
            // a start with close random breakpoints can carry huge delta-slopes; count it, keep it out of means
            metrics.put("trainLoss", Double.NaN);
            metrics.put("testLoss", Double.NaN);
            metrics.put("epochsToFraction", Double.NaN);
            metrics.put("lossAtTenth", Double.NaN);
            metrics.put("diverged", 1.0);
        }
        rows.add(0, new Row(Table1Cells.result(target, reading.key(), init), metrics));
        return rows;
    }

    /** @return the training inputs: the grid every {@code step} of [−2, 2] (App. 3.1.1) */
    static double[] trainingGrid(UniformBreakpointInitConfig config) {
        return new Grid(LOW, HIGH, config.step()).points();
    }

    /** @return the test inputs: the N − 1 midpoints of the training grid {@code x} */
    static double[] midpoints(double[] x) {
        double[] mid = new double[x.length - 1];
        for (int n = 0; n < mid.length; n++) {
            mid[n] = 0.5 * (x[n] + x[n + 1]);
        }
        return mid;
    }

    /** @return the first epoch whose loss is at most {@code level}, or the last epoch when none is */
    static int firstAtMost(double[] curve, double level) {
        for (int e = 0; e < curve.length; e++) {
            if (curve[e] <= level) {
                return e;
            }
        }
        return curve.length - 1;
    }

    @Override
    public List<Verdict> verdicts(UniformBreakpointInitConfig config, Summary summary) {
        return Table1Verdicts.all(config, summary);
    }

    @Override
    public List<PaperTable> paperTables(UniformBreakpointInitConfig config, Summary summary) {
        return List.of(Table1Cells.table(config, summary));
    }

    @Override
    public List<Figure> figures(UniformBreakpointInitConfig config, Summary summary) {
        return Table1Cells.figures(config, summary);
    }
}
