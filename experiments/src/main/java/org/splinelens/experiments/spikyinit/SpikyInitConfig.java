package org.splinelens.experiments.spikyinit;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * 'functional characterization' App. 3.1.3: 20 random training points on [−2, 2], test grid every 0.01; shallow
 * H = 21 from PyTorch default vs the exact spiky CPWL (20 knots, values U[−2, 2]), GD lr 1e-4 (spiky lr/5), 20,000
 * epochs; deep (8, 8, 8, 8): the spiky start is the standard start pre-trained 10,000 epochs on a random 20-knot CPWL,
 * then both trained 20,000 epochs at lr 1e-4; 5 trials. Chosen where the paper is silent: the pre-training fits the
 * CPWL on a 101-point grid of [−2, 2]; the test loss is the mean squared error on the test grid.
 *
 * @param targets        target names (the paper: sin, arctan, sawtooth, cubic, quadratic, exp-half)
 * @param points         training points
 * @param shallowWidth   H of the shallow net
 * @param deepWidths     hidden widths of the deep net (empty: shallow only)
 * @param lr             GD learning rate
 * @param spikyLrDivisor the shallow spiky run's learning rate is lr / this
 * @param epochs         training epochs
 * @param pretrainEpochs deep spiky pre-training epochs
 * @param trials         repetitions
 */
public record SpikyInitConfig(List<String> targets, int points, int shallowWidth, List<Integer> deepWidths, double lr,
        double spikyLrDivisor, int epochs, int pretrainEpochs, int trials) {

    public SpikyInitConfig {
        ConfigLists.check("targets", targets);
        ConfigLists.check("deepWidths", deepWidths);
        if (targets == null || targets.isEmpty()) {
            throw new IllegalArgumentException("targets must name at least one target");
        }
        if (points < 2 || shallowWidth < 2 || !(lr > 0) || !(spikyLrDivisor > 0) || epochs < 1 || pretrainEpochs < 0
                || trials < 1) {
            throw new IllegalArgumentException("points, shallowWidth >= 2; lr, spikyLrDivisor > 0; epochs, trials >= 1;"
                    + " pretrainEpochs >= 0 required");
        }
        if (targets.stream().distinct().count() != targets.size()) {
            throw new IllegalArgumentException("targets: repeated entries in " + targets);
        }
        if (points + 1 > shallowWidth) {
            throw new IllegalArgumentException("shallowWidth: the spiky start with knots at " + points
                    + " points needs " + (points + 1) + " units, got " + shallowWidth);
        }
        if (deepWidths != null && deepWidths.stream().anyMatch(w -> w == null || w < 1)) {
            throw new IllegalArgumentException("deepWidths: widths must be >= 1, got " + deepWidths);
        }
        targets = List.copyOf(targets);
        deepWidths = deepWidths == null ? List.of() : List.copyOf(deepWidths);
    }
}
