package org.splinelens.experiments.spikyinit;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * 'functional characterization' App. 3.1.3 (= SRS Sec 4.2): 20 random training points on [−2, 2], test grid every
 * 0.01 of [−2, 2] (401 points); shallow H = 21 from PyTorch's default vs the exact spiky CPWL (20 breakpoints, values
 * U[−2, 2]), GD lr 1e-4 (spiky lr/5), 20,000 epochs; deep (8, 8, 8, 8): the spiky start is the standard start
 * pre-trained 10,000 epochs on the spiky CPWL, then both trained 20,000 epochs at lr 1e-4; 5 trials. GD descends the
 * papers' loss {@code ℓ = ½ Σ e²} (SRS Sec 3, FC Sec 2); losses are reported as sums of squared errors {@code Σ e²}
 * (train on the 20 points, test on the grid): the printed magnitudes (a training loss of .94 on 20 points, the
 * sawtooth's standard test loss 156.9, which every reading of ours puts near 150 as {@code Σ e²}) are sums, neither
 * means nor halves. Chosen where the paper is silent: the pre-training fits the CPWL on a grid of [−2, 2] every
 * {@code pretrainStep}, the paper preset's 0.01 (401 points) the one spacing App. 3.1.3 names (its test grid).
 *
 * @param targets          target names (the paper: sin, arctan, sawtooth, cubic, quadratic, exp-half)
 * @param points           training points
 * @param shallowWidth     H of the shallow net
 * @param deepWidths       hidden widths of the deep net (empty: shallow only)
 * @param lr               GD learning rate
 * @param spikyLrDivisor   the shallow spiky run's learning rate is lr / this
 * @param epochs           training epochs
 * @param pretrainEpochs   deep spiky pre-training epochs
 * @param trials           repetitions
 * @param spikyKnots       where the spiky CPWL's breakpoints sit: {@code grid} (evenly over [−2, 2]), {@code data}
 *                         (the training inputs) or {@code uniform} (random on [−2, 2])
 * @param spikyBreakpoints breakpoints of the spiky CPWL (the paper: 20, realised by H = 21 units)
 * @param loss             the loss GD descends: {@code sum} ({@code Σ e²}, PyTorch's {@code MSELoss(reduction='sum')}),
 *                         {@code half-sum} ({@code ½ Σ e²}) or {@code mean} ({@code MSELoss}'s default)
 * @param readings         also compute the other readings of the start and the loss, shallow, side by side
 * @param pretrainStep     spacing of the grid of [−2, 2] on which the deep spiky start is pre-trained on the CPWL
 */
public record SpikyInitConfig(List<String> targets, int points, int shallowWidth, List<Integer> deepWidths, double lr,
        double spikyLrDivisor, int epochs, int pretrainEpochs, int trials, String spikyKnots, int spikyBreakpoints,
        String loss, boolean readings, double pretrainStep) {

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
        if (!SpikyStarts.KNOTS.contains(spikyKnots)) {
            throw new IllegalArgumentException("spikyKnots: expected one of " + SpikyStarts.KNOTS + ", got "
                    + spikyKnots);
        }
        if (spikyBreakpoints < 1 || spikyBreakpoints + 1 > shallowWidth) {
            throw new IllegalArgumentException("spikyBreakpoints: a spiky CPWL with " + spikyBreakpoints
                    + " breakpoints needs >= 1 of them and " + (spikyBreakpoints + 1) + " units, got shallowWidth "
                    + shallowWidth);
        }
        if ((spikyKnots.equals("data") || readings) && spikyBreakpoints != points) {
            throw new IllegalArgumentException("spikyBreakpoints: knots at the data (spikyKnots data, or the"
                    + " readings) need spikyBreakpoints = points, got " + spikyBreakpoints + " and " + points);
        }
        if (!(pretrainStep > 0) || 4 / pretrainStep > 1e6) {
            throw new IllegalArgumentException("pretrainStep: expected a spacing in (4e-6, ∞), got " + pretrainStep);
        }
        if (!TrainingLoss.NAMES.contains(loss)) {
            throw new IllegalArgumentException("loss: expected one of " + TrainingLoss.NAMES + ", got " + loss);
        }
        if (deepWidths != null && deepWidths.stream().anyMatch(w -> w == null || w < 1)) {
            throw new IllegalArgumentException("deepWidths: widths must be >= 1, got " + deepWidths);
        }
        targets = List.copyOf(targets);
        deepWidths = deepWidths == null ? List.of() : List.copyOf(deepWidths);
    }
}
