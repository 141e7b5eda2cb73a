package org.example.splinelens.contrib;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Grid;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.optim.Optimizer;
import org.splinelens.dynamics.optim.OptimizerPlugin;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingDiverged;
import org.splinelens.dynamics.train.TrainingResult;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.InitializerPlugin;

/**
 * Initializers crossed with optimizers: the training MSE of a shallow net from each start under each optimizer, the
 * same start for every optimizer. Claim judged: the first initializer (by default the Laplace one) trains at least as
 * well as each of the others under every optimizer.
 */
public final class InitOptimizerExperiment extends Experiment<InitOptimizerConfig> {

    public InitOptimizerExperiment() {
        super("init-x-optimizer", "training MSE of a shallow net for each initializer under each optimizer"
                        + " (example: laplace vs he-normal, adagrad vs adam)", InitOptimizerConfig.class,
                new InitOptimizerConfig("sin", 0.1, 20, 300, List.of("laplace", "he-normal"),
                        List.of("adagrad", "adam"), 0.01, 2),
                new InitOptimizerConfig("sin", 0.05, 20, 5000, List.of("laplace", "he-normal"),
                        List.of("adagrad", "adam"), 0.01, 10));
    }

    @Override
    public int trials(InitOptimizerConfig config) {
        return config.trials();
    }

    @Override
    public void validate(InitOptimizerConfig config, PluginRegistry plugins) {
        check(plugins.plugins(TargetFunction.class), "target", List.of(config.target()));
        check(plugins.plugins(InitializerPlugin.class), "initializers", config.initializers());
        check(plugins.plugins(OptimizerPlugin.class), "optimizers", config.optimizers());
    }

    private static void check(Map<String, ?> registered, String key, List<String> names) {
        for (String name : names) {
            if (!registered.containsKey(name)) {
                throw new IllegalArgumentException(key + ": unknown name '" + name + "'; known: "
                        + String.join(", ", registered.keySet()));
            }
        }
    }

    @Override
    public List<Row> trial(InitOptimizerConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        TargetFunction f = plugins.plugin(TargetFunction.class, config.target());
        Dataset data = Dataset.sample(new Grid(f.domainLow(), f.domainHigh(), config.step()).points(), f::value);
        Trainer trainer = new Trainer(new TrainerConfig(config.epochs(), 0, 0, config.epochs()), GradientMethod.AUTO);
        List<Row> rows = new ArrayList<>();
        for (String init : config.initializers()) {
            ShallowNetwork start = plugins.plugin(InitializerPlugin.class, init).create(Map.of())
                    .shallow(config.width(), data, random);
            for (String name : config.optimizers()) {
                Optimizer optimizer = plugins.plugin(OptimizerPlugin.class, name)
                        .create(Map.of("lr", config.lr()), start.parameterCount());
                Map<String, Double> metrics = new LinkedHashMap<>();
                metrics.put("initialMse", 2 * start.loss(data.x(), data.y()) / data.size());
                try {
                    TrainingResult result = trainer.train(start, data, optimizer, random, List.of());
                    metrics.put("finalMse", 2 * result.finalLoss() / data.size());
                } catch (TrainingDiverged e) {
                    metrics.put("finalMse", Double.NaN);
                }
                rows.add(new Row(cell(init, name), metrics));
            }
        }
        return rows;
    }

    private static Map<String, String> cell(String init, String optimizer) {
        return CellBuilder.of("initializer", init).and("optimizer", optimizer).build();
    }

    @Override
    public List<Verdict> verdicts(InitOptimizerConfig config, Summary summary) {
        String first = config.initializers().get(0);
        List<Verdict> verdicts = new ArrayList<>();
        for (String optimizer : config.optimizers()) {
            double ours = summary.stat(cell(first, optimizer), "finalMse").mean();
            StringBuilder evidence = new StringBuilder(String.format(Locale.ROOT, "%s: %.4g", first, ours));
            // every start's trials are a side: too few survivors, or most diverged, leave the claim undetermined
            List<Verdict.Side> sides = new ArrayList<>(List.of(Verdict.side(first, summary.stat(cell(first,
                    optimizer), "finalMse"))));
            boolean holds = true;
            for (String other : config.initializers().subList(1, config.initializers().size())) {
                double theirs = summary.stat(cell(other, optimizer), "finalMse").mean();
                evidence.append(String.format(Locale.ROOT, ", %s: %.4g", other, theirs));
                holds &= ours <= theirs;
                sides.add(Verdict.side(other, summary.stat(cell(other, optimizer), "finalMse")));
            }
            verdicts.add(Verdict.compared(first + " trains at least as well as the other starts under " + optimizer
                    + " (final training MSE)", holds, evidence.toString(), sides));
        }
        return verdicts;
    }

    /** The claims' evidence: final training MSE (± sd over trials) by initializer, a curve per optimizer. */
    @Override
    public List<Figure> figures(InitOptimizerConfig config, Summary summary) {
        List<Series> series = new ArrayList<>();
        int starts = config.initializers().size();
        for (String optimizer : config.optimizers()) {
            double[] at = new double[starts];
            for (int k = 0; k < starts; k++) {
                at[k] = k;
            }
            series.add(Series.of(optimizer, at, k -> cell(config.initializers().get((int) k), optimizer), summary,
                    "finalMse", true));
        }
        return List.of(new Figure("final-mse", "Final training MSE on " + config.target() + " by start",
                "initializer", "final training MSE", false, series).withCategories(config.initializers()));
    }
}
