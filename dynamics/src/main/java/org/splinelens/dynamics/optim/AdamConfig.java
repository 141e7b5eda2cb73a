package org.splinelens.dynamics.optim;

/**
 * Adam with PyTorch's update and defaults ({@code torch.optim.Adam}, no weight decay, no amsgrad): at step t,
 * {@code m ← β1 m + (1 − β1) g}, {@code v ← β2 v + (1 − β2) g²},
 * {@code θ ← θ − (η / (1 − β1^t)) m / (√v / √(1 − β2^t) + ε)}. The division by {@code √(1 − β2^t)} is taken as a
 * multiplication by its reciprocal, computed once a step: the denominator is then within an ulp or so of PyTorch's,
 * and each parameter costs one division and one square root instead of two divisions and a square root.
 *
 * @param lr        learning rate η (PyTorch: 1e-3)
 * @param beta1     β1 (0.9)
 * @param beta2     β2 (0.999)
 * @param eps       ε (1e-8)
 * @param batchSize points per minibatch, 0 = full batch: a training setting ({@link OptimizerPlugin#batchSize}),
 *                  not the update rule's
 */
public record AdamConfig(double lr, double beta1, double beta2, double eps, int batchSize) implements OptimizerConfig {
    public static final AdamConfig DEFAULTS = new AdamConfig(1e-3, 0.9, 0.999, 1e-8, 0);

    public AdamConfig {
        OptimizerConfig.check(lr, batchSize);
        OptimizerConfig.checkDecay("beta1", beta1);
        OptimizerConfig.checkDecay("beta2", beta2);
        OptimizerConfig.checkPositive("eps", eps);
    }

    Optimizer create(int parameterCount) {
        double[] first = new double[parameterCount];
        double[] second = new double[parameterCount];
        return new Optimizer() {
            private int t;
            private double beta1Power = 1;
            private double beta2Power = 1;

            @Override
            public void step(double[] theta, double[] gradient) {
                t++;
                beta1Power *= beta1;
                beta2Power *= beta2;
                double stepSize = lr / (1 - beta1Power);
                double inverseCorrection2 = 1 / Math.sqrt(1 - beta2Power);
                for (int k = 0; k < theta.length; k++) {
                    double g = gradient[k];
                    first[k] = beta1 * first[k] + (1 - beta1) * g;
                    second[k] = beta2 * second[k] + (1 - beta2) * g * g;
                    theta[k] -= stepSize * first[k] / (Math.sqrt(second[k]) * inverseCorrection2 + eps);
                }
            }
        };
    }
}
