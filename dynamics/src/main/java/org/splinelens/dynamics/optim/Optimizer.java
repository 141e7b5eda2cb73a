package org.splinelens.dynamics.optim;

/**
 * One run's update rule {@code θ ← θ − step(∇ℓ)}, holding its own state (moments, velocity). Allocation-free per step;
 * create a fresh one per run with {@link OptimizerPlugin#create}. Which points a step's gradient is over is the
 * trainer's schedule ({@code TrainerConfig.batchSize()}), not the rule's.
 */
public interface Optimizer {

    /** Updates {@code theta} in place from the gradient of the loss at {@code theta}. */
    void step(double[] theta, double[] gradient);
}
