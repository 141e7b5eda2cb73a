package org.splinelens.experiments.uniformbreakpointinit;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * 'functional characterization' App. 3.1.1: a shallow net of 21 units on [−2, 2], data every 0.01, GD at lr 5e-5 for
 * 10,000 epochs, five trials, PyTorch default (He) against uniform-breakpoint initialization. Chosen where the paper
 * is silent: the test set is the N − 1 midpoints of the training grid (the training loss on the grid itself is
 * reported beside it); the loss is read in each of {@code losses} ({@link LossReading}), the first being the one
 * the paper's numbers are compared with under its own name.
 *
 * @param width   H
 * @param step    training grid step
 * @param lr      GD learning rate of the loss as each reading defines it
 * @param epochs  GD steps
 * @param targets target names
 * @param inits   initializer names: the standard one first, then the data-dependent one
 * @param trials  independent repetitions
 * @param losses  loss readings, the preset's first: half-sum (½Σe², FC Sec 2.3), sum (Σe²), mean (mean e²)
 * @param speedFraction convergence speed is the number of epochs until the training loss first reaches this fraction
 *                of its start (a run that never does counts the full budget), in (0, 1)
 * @param curveEvery the loss curves' resolution in epochs, >= 1
 */
public record UniformBreakpointInitConfig(int width, double step, double lr, int epochs, List<String> targets,
        List<String> inits, int trials, List<String> losses, double speedFraction, int curveEvery) {

    public UniformBreakpointInitConfig {
        ConfigLists.check("targets", targets);
        ConfigLists.check("inits", inits);
        ConfigLists.check("losses", losses);
        if (width < 1 || !(step > 0) || !(lr > 0) || epochs < 0 || trials < 1) {
            throw new IllegalArgumentException("width >= 1, step > 0, lr > 0, epochs >= 0 and trials >= 1 required");
        }
        if (!(speedFraction > 0 && speedFraction < 1)) {
            throw new IllegalArgumentException("speedFraction must be in (0, 1), got " + speedFraction);
        }
        if (curveEvery < 1) {
            throw new IllegalArgumentException("curveEvery must be >= 1, got " + curveEvery);
        }
        if (targets == null || targets.isEmpty() || inits == null || inits.isEmpty() || losses == null
                || losses.isEmpty()) {
            throw new IllegalArgumentException("targets, inits and losses must name at least one entry each");
        }
        for (List<String> list : List.of(targets, inits, losses)) {
            if (list.stream().distinct().count() != list.size()) {
                throw new IllegalArgumentException("targets, inits, losses: repeated entries in " + list);
            }
        }
        losses.forEach(LossReading::of);
        targets = List.copyOf(targets);
        inits = List.copyOf(inits);
        losses = List.copyOf(losses);
    }

    /** @return the loss readings, the chosen one first */
    List<LossReading> readings() {
        return losses.stream().map(LossReading::of).toList();
    }
}
