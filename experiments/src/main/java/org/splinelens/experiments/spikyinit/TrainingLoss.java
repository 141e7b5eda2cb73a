package org.splinelens.experiments.spikyinit;

import java.util.List;

/**
 * The loss GD descends, as a factor on the step of the project's {@code ℓ = ½ Σ e²}: gradient descent at rate η on
 * {@code c ℓ} is gradient descent at rate {@code c η} on {@code ℓ}. {@code sum} ({@code Σ e² = 2ℓ}): c = 2;
 * {@code half-sum}: c = 1; {@code mean} ({@code (1/N) Σ e² = 2ℓ/N}, PyTorch's {@code MSELoss} default): c = 2/N.
 */
final class TrainingLoss {
    static final List<String> NAMES = List.of("sum", "half-sum", "mean");

    private TrainingLoss() {
    }

    /** @return c, the factor on the learning rate for GD on {@code ½ Σ e²} over {@code n} points */
    static double lrFactor(String loss, int n) {
        return switch (loss) {
            case "sum" -> 2;
            case "half-sum" -> 1;
            case "mean" -> 2.0 / n;
            default -> throw new IllegalArgumentException("loss: expected one of " + NAMES + ", got " + loss);
        };
    }
}
