package org.splinelens.dynamics.optim;

/**
 * One run's update rule {@code θ ← θ − step(∇ℓ)}, holding its own state (moments, velocity). Allocation-free per step;
 * create a fresh one per run with {@link OptimizerPlugin#create}.
 */
public interface Optimizer {

    /** Updates {@code theta} in place from the gradient of the loss at {@code theta}. */
    void step(double[] theta, double[] gradient);

    /** @return points per minibatch, or 0 for full-batch steps */
    int batchSize();
}
