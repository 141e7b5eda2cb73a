package org.example.splinelens.contrib;

import org.splinelens.dynamics.optim.Optimizer;
import org.splinelens.dynamics.optim.OptimizerConfig;
import org.splinelens.dynamics.optim.OptimizerFactory;

/**
 * Adagrad (Duchi, Hazan and Singer 2011) in PyTorch's form and with its defaults: per parameter
 * {@code G_k ← G_k + g_k²}, {@code θ_k ← θ_k − lr · g_k / (√G_k + eps)}, with {@code G_k} starting at
 * {@code initialAccumulator}.
 *
 * @param lr                 learning rate, > 0
 * @param eps                added to the root of the accumulator, > 0
 * @param initialAccumulator starting value of every G_k, >= 0
 * @param batchSize          points per minibatch, 0 for full batch
 */
public record AdagradConfig(double lr, double eps, double initialAccumulator, int batchSize)
        implements OptimizerConfig {
    public static final AdagradConfig DEFAULTS = new AdagradConfig(0.01, 1e-10, 0, 0);

    public AdagradConfig {
        OptimizerConfig.check(lr, batchSize);
        OptimizerConfig.checkPositive("eps", eps);
        if (!(initialAccumulator >= 0) || Double.isInfinite(initialAccumulator)) {
            throw new IllegalArgumentException("initialAccumulator must be a finite number >= 0, got "
                    + initialAccumulator);
        }
    }

    public static OptimizerFactory<AdagradConfig> factory() {
        return new OptimizerFactory<>("adagrad", "Adagrad: G += g^2, theta -= lr g / (sqrt G + eps) (PyTorch defaults)",
                AdagradConfig.class, DEFAULTS, AdagradConfig::create);
    }

    /** @return a fresh optimizer, its accumulators at {@code initialAccumulator} */
    public Optimizer create(int parameterCount) {
        double[] accumulated = new double[parameterCount];
        java.util.Arrays.fill(accumulated, initialAccumulator);
        return new Optimizer() {
            @Override
            public void step(double[] theta, double[] gradient) {
                for (int k = 0; k < theta.length; k++) {
                    double g = gradient[k];
                    accumulated[k] += g * g;
                    theta[k] -= lr * g / (Math.sqrt(accumulated[k]) + eps);
                }
            }
        };
    }
}
