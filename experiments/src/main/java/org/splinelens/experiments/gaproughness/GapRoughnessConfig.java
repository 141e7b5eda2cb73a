package org.splinelens.experiments.gaproughness;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * FC Fig 5 (SRS Fig 4): shallow nets trained "until convergence" on data with a gap at [−0.5, 0.5] (FC Fig 8 / SRS
 * Fig 10: a smoothly and a sharply discontinuous target), 4 trials; roughness of the fit inside the gap against the
 * width H (at σ_w = 1) and against the initial weight scale σ_w (at the middle width). The papers give no data
 * density, optimizer or stopping rule for this figure; the preset takes them from FC App. 3.3, the only protocol of
 * the papers on the same 'smooth' and 'sharp' functions: data on [−3, 3], GD at 5e-5 until the loss changes by less
 * than 1e-8 between epochs, on the papers' loss {@code ½ Σ e²} (FC Sec 2, SRS Sec 3). Chosen: points every {@code step} on
 * [−3, −0.5] ∪ [0.5, 3]; Gaussian init σ_b = 1 and σ_v = 1/√H (so the initial roughness H σ_w² σ_v² does not grow
 * with H); at most {@code epochs} epochs.
 *
 * @param targets   target names
 * @param widths    widths H for the width sweep
 * @param sigmas    weight scales σ_w for the scale sweep
 * @param step      data spacing outside the gap
 * @param optimizer {@code gd} (full-batch gradient descent) or {@code adam} (full batch)
 * @param lr        learning rate, on the loss {@code ½ Σ e²}
 * @param tolerance stop when {@code ½ Σ e²} changes by less than this between epochs
 * @param epochs    most epochs
 * @param trials    repetitions
 * @param readings  also train every net with the other optimizer ({@link GapRoughnessExperiment#OTHER_LR}), and the
 *                  sigma sweep with σ_b = σ_w ({@link GapRoughnessExperiment#SCALED_BIAS})
 */
public record GapRoughnessConfig(List<String> targets, List<Integer> widths, List<Double> sigmas, double step,
        String optimizer, double lr, double tolerance, int epochs, int trials, boolean readings) {
    /** The optimizers a config may name. */
    public static final List<String> OPTIMIZERS = List.of("gd", "adam");

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
        if (!(step > 0) || !(lr > 0) || !(tolerance >= 0) || epochs < 1 || trials < 1) {
            throw new IllegalArgumentException("step, lr > 0, tolerance >= 0 and epochs, trials >= 1 required");
        }
        if (!OPTIMIZERS.contains(optimizer)) {
            throw new IllegalArgumentException("optimizer: expected one of " + OPTIMIZERS + ", got " + optimizer);
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
