package org.splinelens.experiments.piecesvsdepth;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The readings of FC App. 3.2 run beside the preset (½Σe², PyTorch's default start), where the appendix is silent:
 * the loss GD steps on, and which start "standard" means. A loss {@code c · ½Σe²} at learning rate η takes the steps
 * of ½Σe² at {@code c · η}, so the loss readings train the preset's own starts at a scaled rate.
 */
enum Reading {
    /** Σe², PyTorch's {@code MSELoss(reduction='sum')}: ½Σe² at twice the rate. */
    LOSS_SUM("loss-sum", "GD on Σe² (PyTorch's MSELoss(reduction='sum'))", false),
    /** The mean (1/N)Σe², {@code MSELoss}'s default: ½Σe² at 2/N of the rate. */
    LOSS_MEAN("loss-mean", "GD on the mean (1/N)Σe² (PyTorch's MSELoss default)", false),
    /** He's N(0, 2/fan_in) weights and biases: App. 3.1.1's "pytorch default of He initialization" read as He's law. */
    HE_NORMAL("he-normal", "He's N(0, 2/fan_in) start (App. 3.1.1's \"pytorch default of He initialization\")", true);

    private final String key;
    private final String label;
    private final boolean ownStart;

    Reading(String key, String label, boolean ownStart) {
        this.key = key;
        this.label = label;
        this.ownStart = ownStart;
    }

    String key() {
        return key;
    }

    String label() {
        return label;
    }

    /** @return whether the reading draws a start of its own (else it trains the preset's start) */
    boolean ownStart() {
        return ownStart;
    }

    /** @return the initializer this reading starts from */
    String initializer() {
        return this == HE_NORMAL ? "he-normal" : "pytorch-default";
    }

    /** @return the learning rate on ½Σe² that takes this reading's steps, for {@code points} data points */
    double rate(double lr, int points) {
        return switch (this) {
            case LOSS_SUM -> 2 * lr;
            case LOSS_MEAN -> 2 * lr / points;
            case HE_NORMAL -> lr;
        };
    }

    /** @return the reading named {@code key} */
    static Reading of(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("readings: unknown reading '" + key + "', known: "
                        + Arrays.stream(values()).map(Reading::key).collect(Collectors.joining(", "))));
    }
}
