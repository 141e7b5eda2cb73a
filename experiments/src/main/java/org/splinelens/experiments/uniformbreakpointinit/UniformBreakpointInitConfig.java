package org.splinelens.experiments.uniformbreakpointinit;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * 'functional characterization' App. 3.1.1: a shallow net of 21 units on [−2, 2], data every 0.01, GD at lr 5e-5 for
 * 10,000 epochs, five trials, PyTorch default (He) against uniform-breakpoint initialization. Chosen where the paper
 * is silent: loss ½Σe² (the trainer's), test loss the same sum on the midpoints of the training grid.
 *
 * @param width   H
 * @param step    training grid step
 * @param lr      GD learning rate
 * @param epochs  GD steps
 * @param targets target names
 * @param inits   initializer names: the standard one first, then the data-dependent one
 * @param trials  independent repetitions
 */
public record UniformBreakpointInitConfig(int width, double step, double lr, int epochs, List<String> targets,
        List<String> inits, int trials) {

    public UniformBreakpointInitConfig {
        ConfigLists.check("targets", targets);
        ConfigLists.check("inits", inits);
        if (width < 1 || !(step > 0) || !(lr > 0) || epochs < 0 || trials < 1) {
            throw new IllegalArgumentException("width >= 1, step > 0, lr > 0, epochs >= 0 and trials >= 1 required");
        }
        if (targets == null || targets.isEmpty() || inits == null || inits.isEmpty()) {
            throw new IllegalArgumentException("targets and inits must name at least one plugin each");
        }
        if (targets.stream().distinct().count() != targets.size()) {
            throw new IllegalArgumentException("targets: repeated entries in " + targets);
        }
        targets = List.copyOf(targets);
        if (inits.stream().distinct().count() != inits.size()) {
            throw new IllegalArgumentException("inits: repeated entries in " + inits);
        }
        inits = List.copyOf(inits);
    }
}
