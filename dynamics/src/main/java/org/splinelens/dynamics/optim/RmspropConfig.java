package org.splinelens.dynamics.optim;

/**
 * RMSprop with PyTorch's update and defaults ({@code torch.optim.RMSprop}, not centred, no momentum):
 * {@code v ← α v + (1 − α) g²}, {@code θ ← θ − η g / (√v + ε)}.
 *
 * @param lr        learning rate η (PyTorch: 1e-2)
 * @param alpha     smoothing α (0.99)
 * @param eps       ε (1e-8)
 * @param batchSize points per minibatch, 0 = full batch: a training setting ({@link OptimizerPlugin#batchSize}),
 *                  not the update rule's
 */
public record RmspropConfig(double lr, double alpha, double eps, int batchSize) implements OptimizerConfig {
    public static final RmspropConfig DEFAULTS = new RmspropConfig(1e-2, 0.99, 1e-8, 0);

    public RmspropConfig {
        OptimizerConfig.check(lr, batchSize);
        OptimizerConfig.checkDecay("alpha", alpha);
        OptimizerConfig.checkPositive("eps", eps);
    }

    Optimizer create(int parameterCount) {
        double[] square = new double[parameterCount];
        return new Optimizer() {
            @Override
            public void step(double[] theta, double[] gradient) {
                for (int k = 0; k < theta.length; k++) {
                    double g = gradient[k];
                    square[k] = alpha * square[k] + (1 - alpha) * g * g;
                    theta[k] -= lr * g / (Math.sqrt(square[k]) + eps);
                }
            }
        };
    }
}
