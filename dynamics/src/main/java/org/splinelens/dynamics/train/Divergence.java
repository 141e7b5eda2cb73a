package org.splinelens.dynamics.train;

import java.util.Locale;
import java.util.Objects;

/**
 * How a run diverged (see {@link Trainer} for when): the epoch {@code e >= 1} whose loss was not finite, was past what
 * double precision resolves of the data, or whose network an observer found beyond double precision. The run's
 * {@link TrainingResult} then holds the network and loss after epoch {@code e − 1}, the last finite ones.
 *
 * @param epoch the epoch that diverged, {@code >= 1}: a start that cannot be trained is not a divergence
 * @param cause what happened at {@code epoch}, one line, e.g. {@code "the loss is not finite"}
 */
public record Divergence(int epoch, String cause) {
    /** The cause when the loss of the diverged epoch is NaN or infinite. */
    public static final String NOT_FINITE = "the loss is not finite";

    public Divergence {
        if (epoch < 1) {
            throw new IllegalArgumentException("divergence happens at an epoch >= 1, got " + epoch);
        }
        Objects.requireNonNull(cause, "cause");
    }

    /**
     * @param lastFiniteLoss the loss after epoch {@code epoch − 1}
     * @return the one-line account, e.g. {@code "training diverged at epoch 12: the loss is not finite (last finite
     *         loss 3.1 at epoch 11); try a smaller learning rate"}
     */
    public String message(double lastFiniteLoss) {
        return "training diverged at epoch " + epoch + ": " + cause + " (last finite loss "
                + String.format(Locale.ROOT, "%.9g", lastFiniteLoss) + " at epoch " + (epoch - 1)
                + "); try a smaller learning rate";
    }
}
