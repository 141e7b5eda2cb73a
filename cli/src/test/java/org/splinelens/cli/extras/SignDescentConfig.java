package org.splinelens.cli.extras;

import org.splinelens.dynamics.optim.Optimizer;
import org.splinelens.dynamics.optim.OptimizerConfig;
import org.splinelens.dynamics.optim.OptimizerFactory;

/**
 * {@code extra-sign-descent}: {@code θ ← θ − η sgn(∇ℓ)}, stateless.
 *
 * @param lr        step η (default 0.01)
 * @param batchSize points per minibatch, 0 = full batch (default)
 */
record SignDescentConfig(double lr, int batchSize) implements OptimizerConfig {
    static final SignDescentConfig DEFAULTS = new SignDescentConfig(0.01, 0);

    SignDescentConfig {
        OptimizerConfig.check(lr, batchSize);
    }

    static OptimizerFactory<SignDescentConfig> factory() {
        return new OptimizerFactory<>("extra-sign-descent", "theta -= lr sgn(gradient) (test module)",
                SignDescentConfig.class, DEFAULTS, (config, parameters) -> new Optimizer() {
                    @Override
                    public void step(double[] theta, double[] gradient) {
                        for (int k = 0; k < theta.length; k++) {
                            theta[k] -= config.lr() * Math.signum(gradient[k]);
                        }
                    }
                });
    }
}
