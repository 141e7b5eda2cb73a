package org.splinelens.experiments.hessianflatness;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * Cor 3's flatness at trained shallow nets: N points, H = ratio · N units, trained to near-criticality, the fraction
 * of the exact Hessian's eigenvalues below {@code tolerance} times the largest, against 1 − (2N − 1)/(3H + 1). The paper
 * gives no protocol; chosen: x uniform on [−2, 2], y = sin(2x), PyTorch default init, full-batch Adam.
 *
 * @param dataPoints N
 * @param ratios     H/N
 * @param lr         Adam learning rate
 * @param epochs     Adam steps
 * @param tolerance  relative eigenvalue threshold
 * @param trials     repetitions
 */
public record HessianFlatnessConfig(int dataPoints, List<Double> ratios, double lr, int epochs, double tolerance,
        int trials) {

    public HessianFlatnessConfig {
        ConfigLists.check("ratios", ratios);
        if (dataPoints < 2 || !(lr > 0) || epochs < 1 || !(tolerance > 0 && tolerance < 1) || trials < 1) {
            throw new IllegalArgumentException("dataPoints >= 2, lr > 0, epochs >= 1, 0 < tolerance < 1, trials >= 1");
        }
        if (ratios == null || ratios.isEmpty() || ratios.stream().anyMatch(r -> r == null || !(r > 0))
                || ratios.stream().distinct().count() != ratios.size()) {
            throw new IllegalArgumentException("ratios must be distinct positive numbers, got " + ratios);
        }
        ratios = List.copyOf(ratios);
    }
}
