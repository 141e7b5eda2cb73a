package org.splinelens.dynamics.optim;

/**
 * What every optimizer plugin's settings have: a learning rate, and the minibatch size (0 = full batch) runs with that
 * plugin train with. The batch size is a setting users give with the optimizer ({@code --optimizer sgd --set
 * optimizer.batchSize=8}); the built {@link Optimizer} never sees it, the trainer's config does.
 */
public interface OptimizerConfig {

    /** @return the learning rate η > 0 */
    double lr();

    /** @return points per minibatch, 0 for full-batch steps */
    int batchSize();

    /** @throws IllegalArgumentException naming the key, for lr ≤ 0 or a negative batch size */
    static void check(double lr, int batchSize) {
        if (!(lr > 0) || !Double.isFinite(lr)) {
            throw new IllegalArgumentException("lr must be a finite number > 0, got " + lr);
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("batchSize must be >= 0 (0 = full batch), got " + batchSize);
        }
    }

    /** @throws IllegalArgumentException naming the key unless {@code 0 <= value < 1} */
    static void checkDecay(String key, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(key + " must be in [0, 1), got " + value);
        }
    }

    /** @throws IllegalArgumentException naming the key unless {@code value > 0} */
    static void checkPositive(String key, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(key + " must be a finite number > 0, got " + value);
        }
    }
}
