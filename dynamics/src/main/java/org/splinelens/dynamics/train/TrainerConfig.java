package org.splinelens.dynamics.train;

/**
 * When training stops, how often observers run, and the minibatch schedule. Training stops at the first of:
 * {@code epochs} epochs done; the full-data loss changed by less than {@code tolerance} between consecutive epochs (the
 * papers use 1e-8; 0 turns this off); the loss at or below {@code targetLoss} (0 turns this off for any positive
 * loss). Build one by name: {@code TrainerConfig.epochs(5000).observingEvery(100).withTolerance(1e-8)}.
 *
 * @param epochs       maximum number of epochs, >= 0 (one full-batch step, or one pass of minibatches, each)
 * @param tolerance    stop when {@code |ℓ_e − ℓ_{e−1}| < tolerance}, >= 0
 * @param targetLoss   stop when {@code ℓ_e <= targetLoss}, >= 0
 * @param observeEvery observers see epochs 0, k, 2k, … and the last one; >= 1
 * @param batchSize    points per minibatch, each epoch a fresh permutation of the data cut into consecutive batches;
 *                     0 (or at least N) for one full-batch step per epoch; >= 0
 */
public record TrainerConfig(int epochs, double tolerance, double targetLoss, int observeEvery, int batchSize) {
    public static final TrainerConfig DEFAULTS = epochs(1000).observingEvery(50);

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
        if (batchSize < 0) {
            throw new IllegalArgumentException("batchSize must be >= 0 (0 = full batch), got " + batchSize);
        }
    }

    /**
     * @param epochs the epoch budget, >= 0
     * @return exactly {@code epochs} full-batch epochs (no tolerance, no target), observers at the start and the end
     *         only
     */
    public static TrainerConfig epochs(int epochs) {
        return new TrainerConfig(epochs, 0, 0, Math.max(1, epochs), 0);
    }

    /** @return this config with observers at epochs 0, k, 2k, … and the last one */
    public TrainerConfig observingEvery(int k) {
        return new TrainerConfig(epochs, tolerance, targetLoss, k, batchSize);
    }

    /** @return this config stopping once {@code |ℓ_e − ℓ_{e−1}| < tolerance} (0: never) */
    public TrainerConfig withTolerance(double tolerance) {
        return new TrainerConfig(epochs, tolerance, targetLoss, observeEvery, batchSize);
    }

    /** @return this config stopping once {@code ℓ_e <= targetLoss} (0: only at a zero loss) */
    public TrainerConfig withTargetLoss(double targetLoss) {
        return new TrainerConfig(epochs, tolerance, targetLoss, observeEvery, batchSize);
    }

    /** @return this config stepping on minibatches of {@code batchSize} points (0: full batch) */
    public TrainerConfig inBatchesOf(int batchSize) {
        return new TrainerConfig(epochs, tolerance, targetLoss, observeEvery, batchSize);
    }
}
