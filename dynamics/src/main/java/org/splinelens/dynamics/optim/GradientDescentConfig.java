package org.splinelens.dynamics.optim;

/**
 * The settings of the {@code gd} and {@code sgd} plugins, one rule ({@link GradientDescent}) under two names whose
 * defaults differ only in the minibatch size: {@code gd} full batch, {@code sgd} batches of 16.
 *
 * @param lr        learning rate η
 * @param batchSize points per minibatch, 0 = full batch (for the trainer's config; see {@link OptimizerConfig})
 */
public record GradientDescentConfig(double lr, int batchSize) implements OptimizerConfig {

    public GradientDescentConfig {
        OptimizerConfig.check(lr, batchSize);
    }
}
