package org.splinelens.experiments.spikyinit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.experiments.runner.Row;
import org.splinelens.init.Initializer;

/**
 * A reading of what App. 3.1.3 leaves open, run on the shallow net beside the preset: where the spiky CPWL's knots
 * sit and how its units are scaled (the standard run is then the preset's), or which loss GD descends (both runs
 * again). A reading that names the preset's own knots or loss is skipped in that config.
 *
 * @param name     the cell level ({@code reading})
 * @param knots    {@code grid}, {@code data} or {@code uniform}; null: the preset's
 * @param balanced units rescaled to {@code |w| = |v|}
 * @param loss     {@code sum}, {@code half-sum} or {@code mean}; null: the preset's
 * @param about    what the reading changes, for the report
 */
record Reading(String name, String knots, boolean balanced, String loss, String about) {
    /** Every reading, in report order. */
    static final List<Reading> ALL = List.of(
            new Reading("knots-at-data", "data", false, null, "spiky knots at the 20 training inputs"),
            new Reading("knots-uniform", "uniform", false, null, "spiky knots drawn U[−2, 2], independent of the data"),
            new Reading("knots-uniform-balanced", "uniform", true, null,
                    "spiky knots drawn U[−2, 2], units rescaled to |w| = |v|"),
            new Reading("balanced-units", null, true, null, "the preset's knots, units rescaled to |w| = |v|"),
            new Reading("loss-sum", null, false, "sum", "GD on Σ e² (PyTorch MSELoss(reduction='sum'))"),
            new Reading("loss-half-sum", null, false, "half-sum", "GD on ½ Σ e²"),
            new Reading("loss-mean", null, false, "mean", "GD on the mean (1/N) Σ e² (PyTorch MSELoss's default)"));

    /** @return whether this reading trains a standard start too (a loss reading) */
    boolean standardToo() {
        return loss != null;
    }

    /** @return whether the reading differs from the config's preset */
    boolean appliesTo(SpikyInitConfig config) {
        return (knots == null || !knots.equals(config.spikyKnots()) || balanced)
                && (loss == null || !loss.equals(config.loss()));
    }

    /** @return the most shallow runs the readings add per target */
    static int runs() {
        return (int) ALL.stream().mapToLong(r -> r.standardToo() ? 2 : 1).sum();
    }

    /** @return the readings' rows for one target, after the preset's runs (the same data and test grid) */
    static List<Row> rows(SpikyInitConfig config, String target, Dataset data, Dataset test, Initializer standard,
            RandomGenerator random) {
        List<Row> rows = new ArrayList<>();
        for (Reading reading : ALL) {
            if (!reading.appliesTo(config)) {
                continue;
            }
            String knots = reading.knots() == null ? config.spikyKnots() : reading.knots();
            String loss = reading.loss() == null ? config.loss() : reading.loss();
            double lr = config.lr() * TrainingLoss.lrFactor(loss, data.size());
            ShallowNetwork spiky = SpikyStarts.realise(SpikyStarts.cpwl(SpikyStarts.knots(knots,
                    config.spikyBreakpoints(), data.x(), random), random), config.shallowWidth(), reading.balanced());
            rows.add(SpikyInitExperiment.row(reading.cell(target, "spiky"), SpikyRuns.train(spiky, data, test,
                    lr / config.spikyLrDivisor(), config.epochs(), random)));
            if (reading.standardToo()) {
                ShallowNetwork start = standard.shallow(config.shallowWidth(), data, random);
                rows.add(SpikyInitExperiment.row(reading.cell(target, "standard"), SpikyRuns.train(start, data, test,
                        lr, config.epochs(), random)));
            }
        }
        return rows;
    }

    /** @return the cell of this reading's run from {@code init} on {@code target} (shallow) */
    Map<String, String> cell(String target, String init) {
        return SpikyInitExperiment.factors(target, "shallow", init).and("reading", name).build();
    }

    /** @return the cell its standard run is compared with: its own for a loss reading, else the preset's */
    Map<String, String> standardCell(String target) {
        return standardToo() ? cell(target, "standard") : SpikyInitExperiment.cell(target, "shallow", "standard");
    }
}
