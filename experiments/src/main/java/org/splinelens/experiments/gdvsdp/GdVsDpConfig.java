package org.splinelens.experiments.gdvsdp;

import java.util.ArrayList;
import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * 'functional characterization' Fig 1 left / 'shallow splines' Fig 8: training loss against the number of available
 * linear pieces on a quadratic. The papers give no protocol for this figure; chosen: x²/2 sampled every {@code step}
 * on [−2, 2], shallow nets of width H (H + 1 available pieces) from PyTorch's default init, the same start for
 * every optimizer and setting. GD and SGD minimise {@code ½ Σ e²} with step {@code lr / H}: the output block of the
 * Hessian grows like N·H at this init, so a width-independent lr would diverge at thousands of units. Adam's step is
 * scale-free and takes its lr as is. SGD runs with batch normalisation of the pre-activations in training mode; its
 * loss is the folded inference net's with the training set's statistics; it starts with every breakpoint at the batch
 * mean (δ = 0, see core's {@code ShallowBatchNorm}). DP (Bai–Perron) and Greedy Merge (δ = 1, finished by DP over
 * its survivors) are deterministic and run in trial 0 only.
 *
 * <p>Tuning: every gradient method gets the same budget, the same number of settings (GD's and Adam's learning rates;
 * SGD's learning rates × batch sizes, which the constructor checks), each trained for {@code epochs} epochs at every
 * width; the report picks each method's setting of least mean final training MSE at the widest net ({@link Tuning}).
 *
 * @param target     target name
 * @param step       sampling step
 * @param pieces     piece counts for DP and Greedy Merge (each in 1..N)
 * @param widths     hidden widths H of the networks
 * @param gdLrs      full-batch GD learning rates per unit (the step is lr / H), increasing
 * @param adamLrs    full-batch Adam learning rates, increasing
 * @param sgdLrs     batch-norm SGD learning rates per unit (the step is lr / H), increasing
 * @param batchSizes batch-norm SGD batch sizes, increasing; {@code sgdLrs × batchSizes} is SGD's grid
 * @param epochs     epochs for every network
 * @param nearZero   the training MSE counted as 'near zero' in the comparison table
 * @param trials     repetitions of the network runs
 */
public record GdVsDpConfig(String target, double step, List<Integer> pieces, List<Integer> widths, List<Double> gdLrs,
        List<Double> adamLrs, List<Double> sgdLrs, List<Integer> batchSizes, int epochs, double nearZero, int trials) {

    public GdVsDpConfig {
        ConfigLists.check("pieces", pieces);
        ConfigLists.check("widths", widths);
        ConfigLists.check("gdLrs", gdLrs);
        ConfigLists.check("adamLrs", adamLrs);
        ConfigLists.check("sgdLrs", sgdLrs);
        ConfigLists.check("batchSizes", batchSizes);
        if (!(step > 0) || !(nearZero > 0)) {
            throw new IllegalArgumentException("step and nearZero must be > 0");
        }
        if (epochs < 1 || trials < 1) {
            throw new IllegalArgumentException("epochs and trials must be >= 1");
        }
        pieces = increasing("pieces", pieces);
        widths = increasing("widths", widths);
        batchSizes = increasing("batchSizes", batchSizes);
        gdLrs = rates("gdLrs", gdLrs);
        adamLrs = rates("adamLrs", adamLrs);
        sgdLrs = rates("sgdLrs", sgdLrs);
        int sgd = sgdLrs.size() * batchSizes.size();
        if (gdLrs.size() != adamLrs.size() || gdLrs.size() != sgd) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "the tuning budget must be equal:"
                    + " gdLrs has %d settings, adamLrs %d, sgdLrs × batchSizes %d × %d = %d", gdLrs.size(),
                    adamLrs.size(), sgdLrs.size(), batchSizes.size(), sgd));
        }
    }

    /** @return the settings each method is tuned over, in grid order (SGD: by learning rate, then batch size) */
    public List<Setting> settings(String method) {
        List<Setting> settings = new ArrayList<>();
        switch (method) {
            case Setting.GD -> gdLrs.forEach(lr -> settings.add(new Setting(method, lr, Setting.FULL_BATCH)));
            case Setting.ADAM -> adamLrs.forEach(lr -> settings.add(new Setting(method, lr, Setting.FULL_BATCH)));
            case Setting.SGD_BN -> sgdLrs.forEach(lr -> batchSizes.forEach(
                    batch -> settings.add(new Setting(method, lr, batch))));
            default -> throw new IllegalArgumentException("method: one of " + Setting.METHODS + ", got " + method);
        }
        return List.copyOf(settings);
    }

    /** @return the settings every method gets, the same number for each */
    public int budget() {
        return gdLrs.size();
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

    private static List<Double> rates(String key, List<Double> values) {
        if (values == null || values.isEmpty()
                || values.stream().anyMatch(v -> v == null || !(v > 0) || !Double.isFinite(v))) {
            throw new IllegalArgumentException(key + ": finite learning rates > 0 required, got " + values);
        }
        for (int k = 1; k < values.size(); k++) {
            if (values.get(k) <= values.get(k - 1)) {
                throw new IllegalArgumentException(key + ": strictly increasing values required, got " + values);
            }
        }
        return List.copyOf(values);
    }
}
