package org.splinelens.experiments.gdvsdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Grid;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.gradient.Normalization;
import org.splinelens.dynamics.optim.GradientDescent;
import org.splinelens.dynamics.optim.OptimizerPlugin;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingResult;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.TrialWork;
import org.splinelens.init.InitializerPlugin;

/**
 * The tuned setting of each gradient method is the least mean final training MSE over its grid, among the
 * settings that did not diverge, recomputed here by brute force: every setting trained again from the trial's start
 * (the generator replayed in the trial's order of draws), its MSE {@code (1/N) Σ (f(x_n) − y_n)²} evaluated point by
 * point, the minimum searched over the grid.
 */
class TuningBruteForceTest {
    private static final PluginRegistry PLUGINS = PluginRegistry.discover(TuningBruteForceTest.class.getClassLoader());
    private static final int WIDTH = 6;
    private static final int EPOCHS = 40;
    /**
     * The settings of {@link #tiny()} whose loss overflows in both trials (seen when this test was written: GD's step
     * 3 / H and SGD's 1 / H with batches of 16); the grids put each method's least mean MSE inside the grid (GD 0.1,
     * 0.012; Adam 0.1, 0.0046; SGD 0.1 with batches of 16, 0.029), with finite worse settings after it (GD 0.2, Adam 1
     * and 3, SGD 1 with batches of 8), so a selection that took the first or the last setting that did not diverge
     * would fail.
     */
    private static final Set<Setting> DIVERGING = Set.of(new Setting(Setting.GD, 3, Setting.FULL_BATCH),
            new Setting(Setting.SGD_BN, 1, 16));

    private static GdVsDpConfig tiny() {
        return new GdVsDpConfig("quadratic", 0.1, List.of(2, 4), List.of(WIDTH), List.of(0.03, 0.1, 0.2, 3.0),
                List.of(0.03, 0.1, 1.0, 3.0), List.of(0.1, 1.0), List.of(8, 16), EPOCHS, 1e-6, 2);
    }

    @Test
    void theTunedSettingIsTheLeastMeanFinalMseOfTheGridRecomputedByBruteForce() {
        GdVsDpConfig config = tiny();
        TargetFunction f = PLUGINS.plugin(TargetFunction.class, "quadratic");
        Dataset data = Dataset.sample(new Grid(f.domainLow(), f.domainHigh(), config.step()).points(), f::value);
        List<Row> rows = new ArrayList<>();
        Map<Setting, List<Double>> bruteForce = new LinkedHashMap<>();
        for (int trial = 0; trial < config.trials(); trial++) {
            List<Row> trialRows = new GdVsDpExperiment().trial(config, trial, new SplittableRandom(trial), PLUGINS);
            rows.addAll(trialRows);
            SplittableRandom replay = new SplittableRandom(trial);
            ShallowNetwork start = PLUGINS.plugin(InitializerPlugin.class, "pytorch-default").create(Map.of())
                    .shallow(WIDTH, data, replay);
            for (String method : Setting.METHODS) {
                for (Setting setting : config.settings(method)) {
                    // each SGD run orders its minibatches by a generator of its own, seeded from the trial's in
                    // grid order; the full-batch runs draw nothing
                    RandomGenerator minibatches = setting.batchSize() == Setting.FULL_BATCH ? replay
                            : new SplittableRandom(replay.nextLong());
                    bruteForce.computeIfAbsent(setting, s -> new ArrayList<>())
                            .add(mse(setting, start, data, minibatches));
                }
            }
            // the trial's rows carry the recomputed numbers (GD and Adam by the dense gradient here, by the sweep
            // there: they agree to ~1e-10 relative)
            for (Row row : trialRows) {
                if (row.cell().containsKey("lr")) {
                    Setting setting = setting(config, row.cell());
                    double mse = row.metrics().get("mse");
                    double expected = bruteForce.get(setting).get(trial);
                    assertThat(Double.isNaN(mse)).as("%s diverged", setting).isEqualTo(DIVERGING.contains(setting))
                            .isEqualTo(Double.isNaN(expected));
                    if (!Double.isNaN(expected)) {
                        assertThat(mse).as("%s", setting).isCloseTo(expected, within(1e-7 * expected));
                    }
                }
            }
        }
        Summary summary = Summary.of(rows);
        for (String method : Setting.METHODS) {
            Setting least = null;
            double leastMean = Double.POSITIVE_INFINITY;
            for (Setting setting : config.settings(method)) {
                List<Double> values = bruteForce.get(setting);
                double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                if (!Double.isNaN(mean) && mean < leastMean) {
                    leastMean = mean;
                    least = setting;
                }
            }
            Tuning tuning = Tuning.of(config, method, summary);
            assertThat(least).as(method).isNotNull().isNotEqualTo(config.settings(method).get(0));
            assertThat(tuning.best()).as(method).contains(least);
            assertThat(tuning.bestMse()).as(method).isCloseTo(leastMean, within(1e-7 * leastMean));
            assertThat(tuning.grid()).as(method).allSatisfy(g -> assertThat(g.diverged())
                    .isEqualTo(DIVERGING.contains(g.setting())));
        }
    }

    private static Setting setting(GdVsDpConfig config, Map<String, String> cell) {
        return config.settings(cell.get("method")).stream().filter(s -> s.cell(WIDTH + 1).equals(cell)).findFirst()
                .orElseThrow();
    }

    /** @return the final training MSE of {@code setting} from {@code start}, NaN when the loss overflowed */
    private static double mse(Setting setting, ShallowNetwork start, Dataset data, RandomGenerator random) {
        TrainerConfig stopping = TrainerConfig.epochs(EPOCHS);
        TrainingResult result = switch (setting.method()) {
            case Setting.GD -> new Trainer(stopping, GradientMethod.DENSE).train(start, data,
                    new GradientDescent(setting.lr() / WIDTH), TrialWork.NO_DRAWS, List.of());
            case Setting.ADAM -> new Trainer(stopping, GradientMethod.DENSE).train(start, data,
                    PLUGINS.plugin(OptimizerPlugin.class, "adam").create(Map.of("lr", setting.lr()),
                            start.parameterCount()), TrialWork.NO_DRAWS, List.of());
            default -> new Trainer(stopping.inBatchesOf(setting.batchSize()), GradientMethod.AUTO,
                    Normalization.BATCH).train(start, data, new GradientDescent(setting.lr() / WIDTH), random,
                    List.of());
        };
        if (result.diverged()) {
            return Double.NaN;
        }
        UnivariateNetwork trained = result.network();
        double squares = 0;
        for (int n = 0; n < data.size(); n++) {
            double e = trained.value(data.x(n)) - data.y(n);
            squares += e * e;
        }
        return squares / data.size();
    }
}
