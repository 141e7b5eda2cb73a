package org.splinelens.dynamics.train;

/**
 * When training stops and how often observers run. Training stops at the first of: {@code epochs} epochs done; the
 * full-data loss changed by less than {@code tolerance} between consecutive epochs (the papers use 1e-8; 0 turns
 * this off); the loss at or below {@code targetLoss} (0 turns this off for any positive loss).
 *
 * @param epochs       maximum number of epochs, >= 0 (one full-batch step, or one pass of minibatches, each)
 * @param tolerance    stop when {@code |ℓ_e − ℓ_{e−1}| < tolerance}, >= 0
 * @param targetLoss   stop when {@code ℓ_e <= targetLoss}, >= 0
 * @param observeEvery observers see epochs 0, k, 2k, … and the last one; >= 1
 */
public record TrainerConfig(int epochs, double tolerance, double targetLoss, int observeEvery) {
    public static final TrainerConfig DEFAULTS = new TrainerConfig(1000, 0, 0, 50);

    public TrainerConfig {
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be >= 0, got " + epochs);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
        }
        if (!(targetLoss >= 0)) {
            throw new IllegalArgumentException("targetLoss must be >= 0, got " + targetLoss);
        }
        if (observeEvery < 1) {
            throw new IllegalArgumentException("observeEvery must be >= 1, got " + observeEvery);
        }
    }
}
