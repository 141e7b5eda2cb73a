package org.splinelens.dynamics.train;

import java.util.Locale;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * Training diverged at some epoch {@code e >= 1} (see {@link Trainer} for when); carries the network after epoch
 * {@code e − 1}, the last whose loss was finite and resolvable, and that loss.
 */
public final class TrainingDiverged extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient UnivariateNetwork lastFinite;
    private final int epoch;
    private final double lastFiniteLoss;

    /** Divergence because the loss of epoch {@code epoch} is not finite. */
    public TrainingDiverged(int epoch, UnivariateNetwork lastFinite, double lastFiniteLoss) {
        this(epoch, lastFinite, lastFiniteLoss, "the loss is not finite");
    }

    /**
     * @param epoch  the epoch that diverged, {@code >= 1}: a start that cannot be trained is not a divergence
     * @param reason what happened at {@code epoch}, for the message
     */
    public TrainingDiverged(int epoch, UnivariateNetwork lastFinite, double lastFiniteLoss, String reason) {
        super("training diverged at epoch " + epoch + ": " + reason + " (last finite loss "
                + String.format(Locale.ROOT, "%.9g", lastFiniteLoss) + " at epoch " + (epoch - 1)
                + "); try a smaller learning rate");
        if (epoch < 1) {
            throw new IllegalArgumentException("divergence happens at an epoch >= 1, got " + epoch);
        }
        this.epoch = epoch;
        this.lastFinite = lastFinite;
        this.lastFiniteLoss = lastFiniteLoss;
    }

    /** @return the epoch that diverged */
    public int epoch() {
        return epoch;
    }

    /** @return the network after epoch {@code epoch() − 1}, the last with a finite loss */
    public UnivariateNetwork lastFinite() {
        return lastFinite;
    }

    public double lastFiniteLoss() {
        return lastFiniteLoss;
    }
}
