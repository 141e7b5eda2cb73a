package org.splinelens.dynamics.optim;

/**
 * Plain (stochastic) gradient descent {@code θ ← θ − η g}; full batch for {@code gd}, minibatches for {@code sgd}.
 *
 * @param lr        learning rate η
 * @param batchSize points per minibatch, 0 = full batch
 */
public record GradientDescent(double lr, int batchSize) implements Optimizer, OptimizerConfig {

    public GradientDescent {
        OptimizerConfig.check(lr, batchSize);
    }

    @Override
    public void step(double[] theta, double[] gradient) {
        for (int k = 0; k < theta.length; k++) {
            theta[k] -= lr * gradient[k];
        }
    }
}
