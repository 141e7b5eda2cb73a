package org.splinelens.experiments.piecesvsdepth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.dynamics.train.TrainingDiverged;
import org.splinelens.dynamics.train.TrainingResult;
import org.splinelens.experiments.layerdynamics.DeepTraining;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.TrialCost;
import org.splinelens.experiments.runner.Verdict;

/**
 * Table 2 of 'functional characterization': the number of linear pieces a trained net uses, for a fixed budget of
 * hidden units spread over more layers. Claim: pieces grow with units, not exponentially with depth. The paper's
 * numbers are shown beside ours; its table has rows L = 1, 2, 4 and 5 only (no L = 3 row in our copy).
 */
public final class PiecesVsDepthExperiment extends Experiment<PiecesVsDepthConfig> {
    private static final double LOW = -3;
    private static final double HIGH = 3;
    /** FC Table 2 as printed: per depth L, the columns in the order of {@link #PAPER_TARGETS}. */
    private static final Map<Integer, List<String>> PAPER = Map.of(
            1, List.of("40 ± 0", "40 ± 0", "40 ± 0", "40 ± 0", "40 ± 0", "40 ± 0"),
            2, List.of("55.5 ± 2.9", "52 ± 1.414", "50 ± .7", "49.25 ± 3.3", "51.25 ± 6.1", "49.25 ± 4.5"),
            4, List.of("68 ± 3.1", "57.25 ± 6.8", "48.5 ± 2.5", "42.5 ± 4.8", "40.25 ± 3.9", "40.25 ± 3.3"),
            5, List.of("62.25 ± 15.1", "49 ± 3.5", "44.5 ± 5.1", "38 ± 5.1", "33.75 ± 1.1", "31.5 ± 1.7"));
    /** Our targets for the table's columns: Sine, 5 piece poly, Sawtooth, Arctan, Exponential, Quadratic. */
    private static final List<String> PAPER_TARGETS = List.of("sin-pi", "poly5", "sawtooth-period3", "arctan", "exp",
            "quadratic-ninth");

    public PiecesVsDepthExperiment() {
        super("pieces-vs-depth", "FC Table 2: pieces of the trained function for 40 units over 1-5 layers",
                PiecesVsDepthConfig.class,
                new PiecesVsDepthConfig(40, List.of(1, 2, 4), List.of("sin-pi", "quadratic-ninth"), 0.05, 5e-5, 1000,
                        1),
                new PiecesVsDepthConfig(40, List.of(1, 2, 4, 5), List.of("sin-pi", "poly5", "sawtooth-period3",
                        "arctan", "exp", "quadratic-ninth"), 0.05, 5e-5, 25_000, 5));
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
     * the pieces of the result exactly.
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
        TrialCost trial = TrialCost.rows((double) config.targets().size() * config.depths().size());
        for (int depth : config.depths()) {
            int[] widths = DeepTraining.spread(config.units(), depth);
            Limits.arrayLength(what, "parameters", TrialCost.parameters(widths));
            trial = trial.then(TrialCost.deepTraining(widths, points, config.epochs())
                    .then(TrialCost.deepBreakpoints(widths)).times(config.targets().size()));
        }
        return trial.estimate(what);
    }

    @Override
    public List<Row> trial(PiecesVsDepthConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        List<Row> rows = new ArrayList<>();
        for (String target : config.targets()) {
            Dataset data = DeepTraining.data(plugins, target, config.step());
            for (int depth : config.depths()) {
                Map<String, Double> metrics = new LinkedHashMap<>();
                try {
                    TrainingResult result = DeepTraining.train(plugins, DeepTraining.spread(config.units(), depth),
                            data, config.lr(), config.epochs(), 0, config.epochs(), random, List.of());
                    metrics.put("pieces", (double) DeepBreakpoints.analyze(result.network().asDeep())
                            .piecesIn(LOW, HIGH));
                    metrics.put("trainLoss", result.finalLoss());
                } catch (TrainingDiverged e) {
                    metrics.put("pieces", Double.NaN);
                    metrics.put("trainLoss", Double.NaN);
                }
                rows.add(new Row(cell(target, depth), metrics));
            }
        }
        return rows;
    }

    private static Map<String, String> cell(String target, int depth) {
        return CellBuilder.of("target", target).and("depth", depth).build();
    }

    @Override
    public List<Verdict> verdicts(PiecesVsDepthConfig config, Summary summary) {
        int shallow = config.depths().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int deep = config.depths().stream().mapToInt(Integer::intValue).max().orElseThrow();
        double shallowMean = 0;
        double deepMean = 0;
        for (String target : config.targets()) {
            shallowMean += summary.stat(cell(target, shallow), "pieces").mean() / config.targets().size();
            deepMean += summary.stat(cell(target, deep), "pieces").mean() / config.targets().size();
        }
        return List.of(new Verdict("pieces grow with units, not exponentially with depth (deepest net below twice"
                + " the shallowest's pieces)", deepMean < 2 * shallowMean, String.format(Locale.ROOT,
                "mean pieces %.1f at %d layers vs %.1f at %d layer(s); %d units", deepMean, deep, shallowMean, shallow,
                config.units())));
    }

    /**
     * FC Table 2 beside ours: a row per depth, a column per target. A depth the paper's table has no row for (L = 3 is
     * missing from our copy, as any depth beyond its 1, 2, 4, 5) is marked {@link PaperTable#NOT_IN_OUR_COPY}; a target
     * it did not run, {@link PaperTable#NOT_IN_PAPER}.
     */
    @Override
    public List<PaperTable> paperTables(PiecesVsDepthConfig config, Summary summary) {
        List<PaperTable.TableRow> rows = new ArrayList<>();
        for (int depth : config.depths()) {
            List<String> paper = new ArrayList<>();
            List<String> ours = new ArrayList<>();
            for (String target : config.targets()) {
                int column = PAPER_TARGETS.indexOf(target);
                paper.add(column < 0 ? PaperTable.NOT_IN_PAPER : PAPER.containsKey(depth)
                        ? PAPER.get(depth).get(column) : PaperTable.NOT_IN_OUR_COPY);
                ours.add(summary.stat(cell(target, depth), "pieces").toString());
            }
            rows.add(new PaperTable.TableRow("L = " + depth, paper, ours));
        }
        return List.of(new PaperTable("FC Table 2: pieces of the trained net, " + config.units()
                + " units spread over L hidden layers", config.targets(), rows, "The paper's table prints rows"
                + " L = 1, 2, 4, 5 (no L = 3 row in our copy); paper: mean ± sd over 5 trials, pieces over [-3, 3]."));
    }

    @Override
    public List<Figure> figures(PiecesVsDepthConfig config, Summary summary) {
        double[] depths = config.depths().stream().mapToDouble(Integer::doubleValue).toArray();
        List<Series> series = new ArrayList<>();
        for (String target : config.targets()) {
            series.add(Series.of(target, depths, depth -> cell(target, (int) depth), summary, "pieces", true));
        }
        return List.of(new Figure("pieces-vs-depth", "FC Table 2: pieces on [-3, 3] of the trained net, "
                + config.units() + " units over L layers", "hidden layers L", "pieces", false, series));
    }
}
