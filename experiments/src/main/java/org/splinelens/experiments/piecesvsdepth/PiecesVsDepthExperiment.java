package org.splinelens.experiments.piecesvsdepth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.deep.DeepBreakpointAnalysis;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.optim.GradientDescent;
import org.splinelens.experiments.runner.TrialWork;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.dynamics.train.TrainingResult;
import org.splinelens.experiments.layerdynamics.DeepTraining;
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
 * Table 2 of 'functional characterization': what a trained net of a fixed budget of hidden units spread over more
 * layers counts, in every reading of {@link PieceCount}, at the end of training and at its start. Claims: pieces grow
 * with units, not exponentially with depth; "variability in the number of pieces appears to increase with depth";
 * "the number of pieces will strongly correlate with number of units at initialization" ({@link Table2}).
 */
public final class PiecesVsDepthExperiment extends Experiment<PiecesVsDepthConfig> {
    private static final List<String> TARGETS = List.of("sin-pi", "poly5", "sawtooth-period3", "arctan", "exp",
            "quadratic-ninth");

    public PiecesVsDepthExperiment() {
        super("pieces-vs-depth", "FC Table 2: pieces of the trained function for 40 units over 1-5 layers",
                PiecesVsDepthConfig.class,
                new PiecesVsDepthConfig(40, List.of(1, 2, 4), List.of("sin-pi", "quadratic-ninth"), 0.05, 5e-5, 1000,
                        2, List.of(10, 40), 5),
                // App. 3.2's "uniform samples" spaced .01 as App. 3.1.1 and 3.1.3 sample theirs
                new PiecesVsDepthConfig(40, List.of(1, 2, 3, 4, 5), TARGETS, 0.01, 5e-5, 25_000, 5,
                        List.of(10, 20, 40, 80), 20, List.of("loss-sum", "loss-mean", "he-normal")));
    }

    @Override
    public int trials(PiecesVsDepthConfig config) {
        return config.trials();
    }

    @Override
    public void validate(PiecesVsDepthConfig config, PluginRegistry plugins) {
        DeepTraining.checkTargets(plugins, config.targets());
    }

    /**
     * A trial trains, per target and depth, the units spread over that many layers on the target's grid, then counts
     * the pieces of its start and of the result exactly; the at-initialization reading analyses its networks.
     */
    @Override
    public WorkEstimate estimate(PiecesVsDepthConfig config, PluginRegistry plugins) {
        int points = 0;
        for (String target : config.targets()) {
            TargetFunction f = plugins.plugin(TargetFunction.class, target);
            points = Math.max(points, TrialCost.gridPoints("step", config.step(), f.domainLow(), f.domainHigh()));
        }
        String what = "units " + config.units() + " over depths " + config.depths() + " on " + points
                + " points (step " + config.step() + "), " + config.epochs() + " epochs";
        TrialCost trial = TrialCost.rows((2.0 + config.readings().size()) * config.targets().size()
                * config.depths().size());
        for (int depth : config.depths()) {
            int[] widths = DeepTraining.spread(config.units(), depth);
            Limits.arrayLength(what, "parameters", TrialCost.parameters(widths));
            trial = trial.then(TrialCost.deepTraining(widths, points, config.epochs())
                    .then(TrialCost.deepBreakpoints(widths).times(2))
                    .times(config.targets().size() * (1.0 + config.readings().size())));
            for (int units : config.initUnits()) {
                trial = trial.then(TrialCost.deepBreakpoints(DeepTraining.spread(units, depth))
                        .times(config.initNetworks()));
            }
        }
        return trial.estimate(what);
    }

    @Override
    public List<Row> trial(PiecesVsDepthConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        List<Row> rows = new ArrayList<>();
        Map<String, DeepNetwork> starts = new LinkedHashMap<>();
        for (String target : config.targets()) {
            Dataset data = DeepTraining.data(plugins, target, config.step());
            for (int depth : config.depths()) {
                DeepNetwork start = init(plugins, "pytorch-default").deep(new DeepArchitecture(
                        DeepTraining.spread(config.units(), depth)), data, random).asDeep();
                starts.put(target + "/" + depth, start);
                Map<String, Double> metrics = counts(start, data, config.lr(), config.epochs());
                rows.add(new Row(Table2.result(target, depth), metrics));
                // the same numbers again under the trial's own cell, for the spread-by-depth test of Table2
                rows.add(new Row(Table2.ofTrial(target, depth, trial), metrics));
            }
        }
        Initializer init = init(plugins, "pytorch-default");
        for (int depth : config.depths()) {
            for (int units : config.initUnits()) {
                double[] sums = new double[PieceCount.values().length];
                for (int k = 0; k < config.initNetworks(); k++) {
                    DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(init.deep(
                            new DeepArchitecture(DeepTraining.spread(units, depth)), null, random));
                    for (PieceCount count : PieceCount.values()) {
                        sums[count.ordinal()] += count.of(analysis);
                    }
                }
                Map<String, Double> metrics = new LinkedHashMap<>();
                for (PieceCount count : PieceCount.values()) {
                    metrics.put(count.metric(), sums[count.ordinal()] / config.initNetworks());
                }
                rows.add(new Row(Table2.atInit(depth, units), metrics));
            }
        }
        // the readings draw after everything above, so adding one leaves the preset's numbers as they are
        for (Reading reading : config.protocolReadings()) {
            for (String target : config.targets()) {
                Dataset data = DeepTraining.data(plugins, target, config.step());
                for (int depth : config.depths()) {
                    DeepNetwork start = reading.ownStart() ? init(plugins, reading.initializer()).deep(
                            new DeepArchitecture(DeepTraining.spread(config.units(), depth)), data, random).asDeep()
                            : starts.get(target + "/" + depth);
                    rows.add(new Row(Table2.reading(reading, target, depth), counts(start, data,
                            reading.rate(config.lr(), data.size()), config.epochs())));
                }
            }
        }
        return rows;
    }

    private static Initializer init(PluginRegistry plugins, String name) {
        return plugins.plugin(InitializerPlugin.class, name).create(Map.of());
    }

    /**
     * Full-batch GD on ½Σe² from {@code start} (DeepTraining's protocol, its start given), then every count of
     * {@link PieceCount} of the trained net and of the start; NaN counts for a run that diverged.
     */
    private static Map<String, Double> counts(DeepNetwork start, Dataset data, double lr, int epochs) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        DeepBreakpointAnalysis initial = DeepBreakpoints.analyze(start);
        TrainingResult result = new Trainer(TrainerConfig.epochs(epochs), GradientMethod.AUTO)
                .train(start, data, new GradientDescent(lr), TrialWork.NO_DRAWS, List.of());
        if (!result.diverged()) {
            DeepBreakpointAnalysis trained = DeepBreakpoints.analyze(result.network().asDeep());
            for (PieceCount count : PieceCount.values()) {
                metrics.put(count.metric(), (double) count.of(trained));
                metrics.put("init_" + count.metric(), (double) count.of(initial));
            }
            metrics.put("trainLoss", result.finalLoss());
        } else {
            for (PieceCount count : PieceCount.values()) {
                metrics.put(count.metric(), Double.NaN);
                metrics.put("init_" + count.metric(), Double.NaN);
            }
            metrics.put("trainLoss", Double.NaN);
        }
        return metrics;
    }

    @Override
    public List<Verdict> verdicts(PiecesVsDepthConfig config, Summary summary) {
        return Table2.verdicts(config, summary);
    }

    @Override
    public List<PaperTable> paperTables(PiecesVsDepthConfig config, Summary summary) {
        return Table2.tables(config, summary);
    }

    @Override
    public List<Figure> figures(PiecesVsDepthConfig config, Summary summary) {
        double[] depths = config.depths().stream().mapToDouble(Integer::doubleValue).toArray();
        List<Figure> figures = new ArrayList<>();
        for (PieceCount count : List.of(PieceCount.INDUCED, PieceCount.PIECES_IN_DOMAIN)) {
            List<Series> series = new ArrayList<>();
            for (String target : config.targets()) {
                series.add(Series.of(target, depths, depth -> Table2.result(target, (int) depth), summary,
                        count.metric(), true));
            }
            series.add(Series.of("at initialization (" + config.targets().get(0) + "'s starts)", depths,
                    depth -> Table2.result(config.targets().get(0), (int) depth), summary, "init_" + count.metric(),
                    true));
            figures.add(new Figure("pieces-vs-depth-" + count.metric().toLowerCase(java.util.Locale.ROOT),
                    "FC Table 2: " + count.label() + ", " + config.units() + " units", "hidden layers L",
                    count.metric(), false, series));
        }
        return figures;
    }
}
