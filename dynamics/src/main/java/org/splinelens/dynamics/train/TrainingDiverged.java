package org.splinelens.dynamics.train;

import org.splinelens.core.network.UnivariateNetwork;

/** The loss became non-finite; carries the last network whose loss was finite and the epoch it failed at. */
public final class TrainingDiverged extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient UnivariateNetwork lastFinite;
    private final int epoch;
    private final double lastFiniteLoss;

    public TrainingDiverged(int epoch, UnivariateNetwork lastFinite, double lastFiniteLoss) {
        super("training diverged at epoch " + epoch + ": the loss is not finite (last finite loss " + lastFiniteLoss
                + " at epoch " + (epoch - 1) + "); try a smaller learning rate");
        this.epoch = epoch;
        this.lastFinite = lastFinite;
        this.lastFiniteLoss = lastFiniteLoss;
    }

    /** @return the epoch whose loss was not finite */
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
