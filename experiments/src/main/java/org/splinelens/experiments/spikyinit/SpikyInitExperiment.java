package org.splinelens.experiments.spikyinit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.TrialCost;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.Initializer;
import org.splinelens.init.InitializerPlugin;

/**
 * Table 3: standard vs spiky initialization, shallow and deep, trained on 20 points of a smooth target; the test loss
 * {@code Σ e²} on the grid every 0.01 of [−2, 2]. Claims: both fit the training data near perfectly with similar final
 * training losses, the spiky start generalizes worse, and (shallow) the roughness stays near constant in training,
 * from a much higher start for the spiky init. The other readings of the spiky start's knots and scaling and of the
 * loss ({@link Reading}) are computed beside the preset, shallow, each with its verdict.
 */
public final class SpikyInitExperiment extends Experiment<SpikyInitConfig> {
    static final double LOW = -2;
    static final double HIGH = 2;
    /** The test grid: every 0.01 of the target interval [−2, 2] (App. 3.1.3), 401 points. */
    static final double[] TEST_GRID = new Grid(LOW, HIGH, 0.01).points();

    public SpikyInitExperiment() {
        super("spiky-init", "Table 3: test loss after training from a standard vs a spiky start, shallow and deep",
                SpikyInitConfig.class,
                new SpikyInitConfig(List.of("sin", "quadratic"), 20, 21, List.of(8, 8, 8, 8), 1e-4, 5, 2000, 1000, 2,
                        "grid", 20, "half-sum", true, 0.01),
                new SpikyInitConfig(List.of("sin", "arctan", "sawtooth", "cubic", "quadratic", "exp-half"), 20, 21,
                        List.of(8, 8, 8, 8), 1e-4, 5, 20_000, 10_000, 5, "grid", 20, "half-sum", true, 0.01));
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
     * A trial trains, per target, the shallow net from both starts (and, with readings, {@link Reading#ALL}'s runs and
     * the {@link Coupling} run) and, with deep widths, the deep net from both (after pre-training the spiky one on the
     * CPWL every pretrainStep); the test grid has 401 points and trial 0 adds curve rows.
     */
    @Override
    public WorkEstimate estimate(SpikyInitConfig config, PluginRegistry plugins) {
        double points = config.points();
        String what = "points " + config.points() + ", shallowWidth " + config.shallowWidth() + ", deepWidths "
                + config.deepWidths() + ", " + config.epochs() + " epochs, " + config.pretrainEpochs()
                + " pretrainEpochs";
        Limits.arrayLength(what, "parameters (3H + 1)", 3.0 * config.shallowWidth() + 1);
        double shallowRuns = 2 + (config.readings() ? Reading.runs() + 1 : 0);
        TrialCost shallow = TrialCost.shallowTraining(config.shallowWidth(), points, config.epochs())
                .then(new TrialCost(0, 401.0 * config.shallowWidth())).times(shallowRuns);
        TrialCost deep = TrialCost.NONE;
        if (!config.deepWidths().isEmpty()) {
            int[] widths = config.deepWidths().stream().mapToInt(Integer::intValue).toArray();
            Limits.arrayLength(what, "parameters", TrialCost.parameters(widths));
            deep = TrialCost.deepTraining(widths, points, config.epochs()).times(2)
                    .then(TrialCost.deepTraining(widths, 1 + 4 / config.pretrainStep(), config.pretrainEpochs()))
                    .then(new TrialCost(0, 2 * 401 * TrialCost.parameters(widths)));
        }
        return TrialCost.data(points + 401).with(shallow.then(deep)).times(config.targets().size())
                .with(TrialCost.rows(points + 8 * 201 + (4 + shallowRuns) * config.targets().size()))
                .estimate(what);
    }

    @Override
    public List<Row> trial(SpikyInitConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        Initializer standard = plugins.plugin(InitializerPlugin.class, "pytorch-default").create(Map.of());
        int width = config.shallowWidth();
        double lr = config.lr() * TrainingLoss.lrFactor(config.loss(), config.points());
        List<Row> rows = new ArrayList<>();
        Map<String, Dataset> datasets = new LinkedHashMap<>();
        Map<String, ShallowNetwork> spikyStarts = new LinkedHashMap<>();
        Map<String, UnivariateNetwork> spikyEnds = new LinkedHashMap<>();
        for (String name : config.targets()) {
            TargetFunction target = plugins.plugin(TargetFunction.class, name);
            double[] x = new double[config.points()];
            for (int n = 0; n < x.length; n++) {
                x[n] = LOW + (HIGH - LOW) * random.nextDouble();
            }
            Arrays.sort(x);
            Dataset data = Dataset.sample(x, target::value);
            datasets.put(name, data);
            Dataset test = Dataset.sample(TEST_GRID, target::value);
            boolean drawn = trial == 0 && name.equals(config.targets().get(0));

            ShallowNetwork standardStart = standard.shallow(width, data, random);
            Pwl spikes = SpikyStarts.cpwl(SpikyStarts.knots(config.spikyKnots(), config.spikyBreakpoints(), x,
                    random), random);
            ShallowNetwork spikyStart = SpikyStarts.realise(spikes, width, false);
            SpikyRuns.Trained standardEnd = SpikyRuns.train(standardStart, data, test, lr, config.epochs(), random);
            SpikyRuns.Trained spikyEnd = SpikyRuns.train(spikyStart, data, test, lr / config.spikyLrDivisor(),
                    config.epochs(), random);
            rows.add(row(cell(name, "shallow", "standard"), standardEnd));
            rows.add(row(cell(name, "shallow", "spiky"), spikyEnd));
            spikyStarts.put(name, spikyStart);
            spikyEnds.put(name, spikyEnd.network());
            if (drawn) {
                // FC Fig 4 (SRS Fig 3): the functions before and after training, one trial, first target
                SpikyFigures.curves(rows, name, "shallow", "standard", standardStart, standardEnd.network());
                SpikyFigures.curves(rows, name, "shallow", "spiky", spikyStart, spikyEnd.network());
                for (int n = 0; n < x.length; n++) {
                    rows.add(new Row(SpikyFigures.dataCell(name, x[n]), Map.of("f", data.y(n))));
                }
            }
            if (!config.deepWidths().isEmpty()) {
                DeepArchitecture architecture = new DeepArchitecture(config.deepWidths().stream()
                        .mapToInt(Integer::intValue).toArray());
                UnivariateNetwork start = standard.deep(architecture, data, random);
                Pwl deepSpikes = SpikyStarts.cpwl(SpikyStarts.knots(config.spikyKnots(), config.spikyBreakpoints(),
                        x, random), random);
                double[] pretrainGrid = new Grid(LOW, HIGH, config.pretrainStep()).points();
                Dataset cpwl = Dataset.sample(pretrainGrid, deepSpikes::value);
                UnivariateNetwork spikyDeep = SpikyRuns.pretrain(start, cpwl, config.lr()
                        * TrainingLoss.lrFactor(config.loss(), pretrainGrid.length), config.pretrainEpochs(), random);
                SpikyRuns.Trained deepStandard = SpikyRuns.train(start, data, test, lr, config.epochs(), random);
                SpikyRuns.Trained deepSpiky = SpikyRuns.train(spikyDeep, data, test, lr, config.epochs(), random);
                rows.add(row(cell(name, "deep", "standard"), deepStandard));
                // how much of the CPWL's variance the pre-trained start leaves unexplained: how spiky it is
                rows.add(row(cell(name, "deep", "spiky"), deepSpiky, Map.of("pretrainFvu",
                        2 * spikyDeep.loss(cpwl.x(), cpwl.y()) / SpikyRuns.spread(cpwl.y()))));
                if (drawn) {
                    // FC Fig 6 (SRS Fig 6): the deep nets before and after training
                    SpikyFigures.curves(rows, name, "deep", "standard", start, deepStandard.network());
                    SpikyFigures.curves(rows, name, "deep", "spiky", spikyDeep, deepSpiky.network());
                }
            }
        }
        if (config.readings()) {
            // after every preset run, so the preset's draws do not depend on whether readings are made
            datasets.forEach((name, data) -> rows.addAll(Reading.rows(config, name, data,
                    Dataset.sample(TEST_GRID, plugins.plugin(TargetFunction.class, name)::value), standard, random)));
            rows.addAll(Coupling.rows(config, datasets, spikyStarts, spikyEnds, plugins, random));
        }
        return rows;
    }

    static Row row(Map<String, String> cell, SpikyRuns.Trained result) {
        return row(cell, result, Map.of());
    }

    static Row row(Map<String, String> cell, SpikyRuns.Trained result, Map<String, Double> extra) {
        Map<String, Double> metrics = new LinkedHashMap<>(extra);
        metrics.put("trainLoss", result.trainLoss());
        metrics.put("testLoss", result.testLoss());
        metrics.put("trainFvu", result.trainFvu());
        metrics.put("testLossHalf", result.testLossHalf());
        metrics.put("diverged", result.network() == null ? 1.0 : 0.0);
        if (!Double.isNaN(result.roughnessStart())) {
            metrics.put("roughnessStart", result.roughnessStart());
            metrics.put("roughnessEnd", result.roughnessEnd());
            metrics.put("roughnessDrift", result.roughnessDrift());
        }
        return new Row(cell, metrics);
    }

    /** @return the depths the config trains */
    static List<String> depths(SpikyInitConfig config) {
        return config.deepWidths().isEmpty() ? List.of("shallow") : List.of("shallow", "deep");
    }

    @Override
    public List<PaperTable> paperTables(SpikyInitConfig config, Summary summary) {
        return Table3.tables(config, summary);
    }

    @Override
    public List<Figure> figures(SpikyInitConfig config, Summary summary) {
        return SpikyFigures.figures(config, summary);
    }

    static Map<String, String> cell(String target, String depth, String init) {
        return factors(target, depth, init).build();
    }

    static CellBuilder factors(String target, String depth, String init) {
        return CellBuilder.of("target", target).and("depth", depth).and("init", init);
    }

    @Override
    public List<Verdict> verdicts(SpikyInitConfig config, Summary summary) {
        return SpikyVerdicts.verdicts(config, summary);
    }
}
