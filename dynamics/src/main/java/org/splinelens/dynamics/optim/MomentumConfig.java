package org.splinelens.dynamics.optim;

/**
 * Heavy-ball or Nesterov momentum, as PyTorch's {@code SGD(momentum=μ, nesterov=…)} with dampening 0:
 * {@code b ← μ b + g} ({@code b = g} at the first step), then {@code θ ← θ − η b} (heavy ball) or
 * {@code θ ← θ − η (g + μ b)} (Nesterov).
 *
 * @param lr        learning rate η
 * @param momentum  μ in [0, 1)
 * @param nesterov  Nesterov's look-ahead form
 * @param batchSize points per minibatch, 0 = full batch: a training setting ({@link OptimizerPlugin#batchSize}),
 *                  not the update rule's
 */
public record MomentumConfig(double lr, double momentum, boolean nesterov, int batchSize) implements OptimizerConfig {
    public static final MomentumConfig DEFAULTS = new MomentumConfig(0.01, 0.9, false, 0);

    public MomentumConfig {
        OptimizerConfig.check(lr, batchSize);
        OptimizerConfig.checkDecay("momentum", momentum);
    }

    Optimizer create(int parameterCount) {
        double[] buffer = new double[parameterCount];
        return new Optimizer() {
            private boolean started;

            @Override
            public void step(double[] theta, double[] gradient) {
                for (int k = 0; k < theta.length; k++) {
                    double g = gradient[k];
                    double b = started ? momentum * buffer[k] + g : g;
                    buffer[k] = b;
                    theta[k] -= lr * (nesterov ? g + momentum * b : b);
                }
                started = true;
            }
        };
    }
}
