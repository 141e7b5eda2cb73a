package org.splinelens.experiments.layerdynamics;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * The protocol shared by roughness-by-layer (FC Fig 3: 4 hidden layers of width 8 on x²/2 and sin(x)) and
 * breakpoint-mobility (FC Fig 2 / App. 3.3: 5 hidden layers of width 8 on the smooth and sharp gap targets, GD at
 * lr 5e-5 until the loss changes by less than 1e-8, breakpoints every 50 epochs). Chosen where the paper is silent:
 * targets sampled every {@code step} on their domains, PyTorch default init, at most {@code epochs} epochs.
 *
 * @param widths       hidden widths
 * @param targets      target names
 * @param step         sampling step
 * @param lr           GD learning rate
 * @param epochs       most GD steps
 * @param tolerance    stop when the loss changes by less than this between epochs
 * @param observeEvery epochs between snapshots
 * @param trials       repetitions
 */
public record LayerDynamicsConfig(List<Integer> widths, List<String> targets, double step, double lr, int epochs,
        double tolerance, int observeEvery, int trials) {

    public LayerDynamicsConfig {
        ConfigLists.check("widths", widths);
        ConfigLists.check("targets", targets);
        if (widths == null || widths.isEmpty() || widths.stream().anyMatch(w -> w == null || w < 1)) {
            throw new IllegalArgumentException("widths must be a non-empty list of positive widths, got " + widths);
        }
        if (targets == null || targets.isEmpty()) {
            throw new IllegalArgumentException("targets must name at least one target");
        }
        if (!(step > 0) || !(lr > 0) || epochs < 1 || tolerance < 0 || observeEvery < 1 || trials < 1) {
            throw new IllegalArgumentException("step, lr > 0; epochs, observeEvery, trials >= 1; tolerance >= 0");
        }
        widths = List.copyOf(widths);
        targets = List.copyOf(targets);
    }

    public int[] hiddenWidths() {
        return widths.stream().mapToInt(Integer::intValue).toArray();
    }
}
