package org.splinelens.experiments.gaproughness;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * Fig 5 of 'functional characterization': shallow nets trained to convergence on data with a gap at [−0.5, 0.5],
 * smooth and sharp targets; roughness of the fit inside the gap against the width H (at σ_w = 1) and against the
 * initial weight scale σ_w (at the middle width); 4 trials. The paper gives no data density, optimizer or stopping
 * rule; chosen: points every {@code step} on [−3, −0.5] ∪ [0.5, 3], Gaussian init σ_b = 1 and σ_v = 1/√H (fan-in
 * scaling, so the initial roughness H σ_w² σ_v² does not grow with H), full-batch Adam at
 * {@code lr} until the loss changes by less than 1e-10 or {@code epochs}.
 *
 * @param targets target names
 * @param widths  widths H for the width sweep
 * @param sigmas  weight scales σ_w for the scale sweep
 * @param step    data spacing outside the gap
 * @param lr      Adam learning rate
 * @param epochs  most epochs
 * @param trials  repetitions
 */
public record GapRoughnessConfig(List<String> targets, List<Integer> widths, List<Double> sigmas, double step,
        double lr, int epochs, int trials) {

    public GapRoughnessConfig {
        ConfigLists.check("targets", targets);
        ConfigLists.check("widths", widths);
        ConfigLists.check("sigmas", sigmas);
        if (targets == null || targets.isEmpty() || widths == null || widths.isEmpty() || sigmas == null
                || sigmas.isEmpty()) {
            throw new IllegalArgumentException("targets, widths and sigmas must be non-empty");
        }
        if (widths.stream().anyMatch(w -> w == null || w < 1) || sigmas.stream().anyMatch(s -> s == null || !(s > 0))) {
            throw new IllegalArgumentException("widths must be >= 1 and sigmas > 0");
        }
        if (!(step > 0) || !(lr > 0) || epochs < 1 || trials < 1) {
            throw new IllegalArgumentException("step, lr > 0 and epochs, trials >= 1 required");
        }
        if (targets.stream().distinct().count() != targets.size()) {
            throw new IllegalArgumentException("targets: repeated entries in " + targets);
        }
        targets = List.copyOf(targets);
        if (widths.stream().distinct().count() != widths.size()) {
            throw new IllegalArgumentException("widths: repeated entries in " + widths);
        }
        widths = List.copyOf(widths);
        if (sigmas.stream().distinct().count() != sigmas.size()) {
            throw new IllegalArgumentException("sigmas: repeated entries in " + sigmas);
        }
        sigmas = List.copyOf(sigmas);
    }
}
