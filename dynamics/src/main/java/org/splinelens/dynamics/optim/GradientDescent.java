package org.splinelens.dynamics.optim;

/**
 * Plain gradient descent {@code θ ← θ − η g}: full-batch or stochastic by the gradient it is given, which the
 * trainer's minibatch schedule decides, not this rule.
 *
 * @param lr learning rate η
 */
public record GradientDescent(double lr) implements Optimizer {

    public GradientDescent {
        OptimizerConfig.check(lr, 0);
    }

    @Override
    public void step(double[] theta, double[] gradient) {
        for (int k = 0; k < theta.length; k++) {
            theta[k] -= lr * gradient[k];
        }
    }
}
