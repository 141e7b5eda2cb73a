package org.example.splinelens.contrib;

import java.util.List;

/**
 * A shallow net of {@code width} units on {@code target} sampled every {@code step}, trained full batch for
 * {@code epochs} from each initializer with each optimizer (every optimizer at learning rate {@code lr}).
 *
 * @param target       target name
 * @param step         sampling step on the target's domain
 * @param width        hidden units H
 * @param epochs       full-batch steps
 * @param initializers initializer names (the first is compared against the rest)
 * @param optimizers   optimizer names
 * @param lr           learning rate of every optimizer
 * @param trials       repetitions
 */
public record InitOptimizerConfig(String target, double step, int width, int epochs, List<String> initializers,
        List<String> optimizers, double lr, int trials) {

    public InitOptimizerConfig {
        if (!(step > 0) || !(lr > 0) || width < 1 || epochs < 1 || trials < 1) {
            throw new IllegalArgumentException("step, lr > 0 and width, epochs, trials >= 1 required");
        }
        if (initializers == null || initializers.size() < 2 || optimizers == null || optimizers.isEmpty()) {
            throw new IllegalArgumentException("initializers: at least two names; optimizers: at least one name");
        }
        initializers = List.copyOf(initializers);
        optimizers = List.copyOf(optimizers);
    }
}
