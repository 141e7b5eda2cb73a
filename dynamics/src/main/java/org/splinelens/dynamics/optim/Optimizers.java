package org.splinelens.dynamics.optim;

import java.util.List;

/** The built-in optimizer plugins. */
public final class Optimizers {
    private Optimizers() {
    }

    public static List<OptimizerFactory<?>> all() {
        return List.of(
                new OptimizerFactory<>("gd", "full-batch gradient descent θ ← θ − η∇ℓ",
                        GradientDescentConfig.class, new GradientDescentConfig(0.01, 0),
                        (c, p) -> new GradientDescent(c.lr())),
                new OptimizerFactory<>("sgd", "minibatch SGD θ ← θ − η∇ℓ_batch, batches reshuffled each epoch "
                        + "from the run's generator (gd with batchSize 16 by default)", GradientDescentConfig.class,
                        new GradientDescentConfig(0.01, 16), (c, p) -> new GradientDescent(c.lr())),
                new OptimizerFactory<>("momentum", "heavy-ball or Nesterov momentum (PyTorch SGD with momentum)",
                        MomentumConfig.class, MomentumConfig.DEFAULTS, (c, p) -> c.create(p)),
                new OptimizerFactory<>("adam", "Adam, PyTorch's update and defaults (lr 1e-3, betas 0.9/0.999, "
                        + "eps 1e-8)", AdamConfig.class, AdamConfig.DEFAULTS, (c, p) -> c.create(p)),
                new OptimizerFactory<>("rmsprop", "RMSprop, PyTorch's update and defaults (lr 1e-2, alpha 0.99, "
                        + "eps 1e-8)", RmspropConfig.class, RmspropConfig.DEFAULTS, (c, p) -> c.create(p)));
    }
}
