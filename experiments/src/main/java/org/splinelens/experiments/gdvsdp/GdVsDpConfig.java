package org.splinelens.experiments.gdvsdp;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * 'functional characterization' Fig 1 left / 'shallow splines' Fig 8: training loss against the number of available
 * linear pieces on a quadratic. The papers give no protocol for this figure; chosen: x²/2 sampled every {@code step}
 * on [−2, 2], shallow nets of width H (H + 1 available pieces) from PyTorch's default init, the same start for the
 * three optimizers. GD and SGD minimise {@code ½ Σ e²} with step {@code lr / H}: the output block of the Hessian
 * grows like N·H at this init, so a width-independent lr would diverge at thousands of units. Adam's step is
 * scale-free and takes {@code adamLr} as is. SGD runs with batch normalisation of the pre-activations in training
 * mode ({@code batchSize} points per batch); its loss is the folded inference net's with the training set's
 * statistics; it starts with every breakpoint at the batch mean (δ = 0, see core's {@code ShallowBatchNorm}).
 * DP (Bai–Perron) and Greedy Merge (δ = 1, finished by DP over its survivors) are deterministic and run
 * in trial 0 only.
 *
 * @param target    target name
 * @param step      sampling step
 * @param pieces    piece counts for DP and Greedy Merge (each in 1..N)
 * @param widths    hidden widths H of the networks
 * @param gdLr      full-batch GD learning rate per unit (the step is gdLr / H)
 * @param adamLr    full-batch Adam learning rate
 * @param sgdLr     batch-norm SGD learning rate per unit (the step is sgdLr / H)
 * @param batchSize SGD batch size
 * @param epochs    epochs for every network
 * @param nearZero  the training MSE counted as 'near zero' in the comparison table
 * @param trials    repetitions of the network runs
 */
public record GdVsDpConfig(String target, double step, List<Integer> pieces, List<Integer> widths, double gdLr,
        double adamLr, double sgdLr, int batchSize, int epochs, double nearZero, int trials) {

    public GdVsDpConfig {
        ConfigLists.check("pieces", pieces);
        ConfigLists.check("widths", widths);
        if (!(step > 0) || !(gdLr > 0) || !(adamLr > 0) || !(sgdLr > 0) || !(nearZero > 0)) {
            throw new IllegalArgumentException("step, gdLr, adamLr, sgdLr and nearZero must be > 0");
        }
        if (batchSize < 1 || epochs < 1 || trials < 1) {
            throw new IllegalArgumentException("batchSize, epochs and trials must be >= 1");
        }
        pieces = increasing("pieces", pieces);
        widths = increasing("widths", widths);
    }

    private static List<Integer> increasing(String key, List<Integer> values) {
        if (values == null || values.isEmpty() || values.stream().anyMatch(v -> v == null || v < 1)) {
            throw new IllegalArgumentException(key + ": positive integers required, got " + values);
        }
        for (int k = 1; k < values.size(); k++) {
            if (values.get(k) <= values.get(k - 1)) {
                throw new IllegalArgumentException(key + ": strictly increasing values required, got " + values);
            }
        }
        return List.copyOf(values);
    }
}
