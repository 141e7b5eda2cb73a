package org.splinelens.experiments.spikyinit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.experiments.runner.Row;

/**
 * The coupled runs behind the reason for a spiky cell far below its column ({@link Table3Checks#gapNeeded}): each
 * target's shallow spiky start, with its training inputs, trained once more on the values of its nearest other
 * target (nearest on the test grid), and the grid gap {@code Σ_g (f_t − f_n)²} between the two trained nets. The
 * spiky start is drawn from the seed alone, not from the target, so a start and inputs drawn for one target are a draw
 * for the other too: the paper's two cells are means over one law of starts, which ties them to this gap.
 */
final class Coupling {
    private Coupling() {
    }

    /** @return a row per target with a neighbour: metric {@code gap}, NaN when a run diverged */
    static List<Row> rows(SpikyInitConfig config, Map<String, Dataset> datasets, Map<String, ShallowNetwork> starts,
            Map<String, UnivariateNetwork> ends, PluginRegistry plugins, RandomGenerator random) {
        Function<String, DoubleUnaryOperator> lookup = name -> plugins.plugin(TargetFunction.class, name)::value;
        double lr = config.lr() * TrainingLoss.lrFactor(config.loss(), config.points()) / config.spikyLrDivisor();
        List<Row> rows = new ArrayList<>();
        for (String target : datasets.keySet()) {
            String neighbour = nearest(target, config.targets(), lookup);
            if (neighbour == null) {
                continue;
            }
            Dataset data = datasets.get(target);
            DoubleUnaryOperator other = lookup.apply(neighbour);
            SpikyRuns.Trained coupled = SpikyRuns.train(starts.get(target), Dataset.sample(data.x(), other),
                    Dataset.sample(SpikyInitExperiment.TEST_GRID, other), lr, config.epochs(), random);
            rows.add(new Row(cell(target, neighbour), Map.of("gap", SpikyRuns.gap(ends.get(target),
                    coupled.network(), SpikyInitExperiment.TEST_GRID))));
        }
        return rows;
    }

    static Map<String, String> cell(String target, String neighbour) {
        return SpikyInitExperiment.factors(target, "shallow", "spiky").and("coupled", neighbour).build();
    }

    /** @return the other target of {@code targets} nearest to {@code target} in Σ_g (t − n)² on the grid, or null */
    static String nearest(String target, List<String> targets, Function<String, DoubleUnaryOperator> lookup) {
        String best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (String other : targets) {
            if (!other.equals(target)) {
                double d = distance(lookup.apply(target), lookup.apply(other));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = other;
                }
            }
        }
        return best;
    }

    /** @return {@code Σ_g (f(x_g) − g(x_g))²} over the test grid */
    static double distance(DoubleUnaryOperator f, DoubleUnaryOperator g) {
        double sum = 0;
        for (double x : SpikyInitExperiment.TEST_GRID) {
            double e = f.applyAsDouble(x) - g.applyAsDouble(x);
            sum += e * e;
        }
        return sum;
    }
}
