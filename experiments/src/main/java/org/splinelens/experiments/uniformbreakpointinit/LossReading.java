package org.splinelens.experiments.uniformbreakpointinit;

import java.util.Arrays;
import java.util.Locale;

/**
 * A reading of "loss" in Table 1, for training and for the reported number alike. The trainer always descends
 * {@code ℓ = ½ Σ_n e_n²} (FC Sec 2.3's definition); a loss {@code c·ℓ} trained by GD at learning rate {@code η} takes
 * exactly the steps of {@code ℓ} at {@code c·η}, so each reading is ℓ trained at a scaled rate and reported scaled:
 * <ul>
 * <li>{@code half-sum}: {@code ½ Σ e²}, FC Sec 2.3 (c = 1);</li>
 * <li>{@code sum}: {@code Σ e²}, PyTorch's {@code MSELoss(reduction='sum')} (c = 2);</li>
 * <li>{@code mean}: {@code (1/N) Σ e²}, PyTorch's default {@code MSELoss()} (c = 2/N).</li>
 * </ul>
 */
enum LossReading {
    HALF_SUM("half-sum", "½Σe² (FC Sec 2.3)"), SUM("sum", "Σe² (MSELoss sum)"), MEAN("mean", "mean e² (MSELoss mean)");

    private final String key;
    private final String label;

    LossReading(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** @return the reading named {@code key} */
    static LossReading of(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("losses: unknown loss reading '" + key + "', expected one of "
                        + Arrays.stream(values()).map(r -> r.key).toList()));
    }

    /** @return {@code c}: this loss over {@code ½ Σ e²} on {@code points} data points */
    double factor(int points) {
        return switch (this) {
            case HALF_SUM -> 1;
            case SUM -> 2;
            case MEAN -> 2.0 / points;
        };
    }

    String key() {
        return key;
    }

    String label() {
        return label;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s", key);
    }
}
