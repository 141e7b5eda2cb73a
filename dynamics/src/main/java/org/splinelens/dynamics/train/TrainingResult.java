package org.splinelens.dynamics.train;

import java.util.Objects;
import java.util.Optional;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * The end of a run. A diverged run ({@link StopReason#DIVERGED}) is a result too: its network, epochs, loss and curve
 * are those of the last finite epoch {@code divergence.epoch() − 1}, and {@code divergence} says what happened next.
 *
 * @param network    the final network (of a diverged run: the last with a finite, resolvable loss)
 * @param epochs     epochs done with a finite loss
 * @param finalLoss  {@code ℓ} of {@code network} on the training data
 * @param reason     why training stopped
 * @param lossCurve  {@code ℓ} after every epoch, {@code lossCurve[0]} at the start ({@code epochs + 1} values)
 * @param seconds    wall time of the run
 * @param divergence how the run diverged, present exactly when {@code reason} is {@link StopReason#DIVERGED}; its
 *                   epoch is {@code epochs + 1}
 */
public record TrainingResult(UnivariateNetwork network, int epochs, double finalLoss, StopReason reason,
        double[] lossCurve, double seconds, Optional<Divergence> divergence) {

    public TrainingResult {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(divergence, "divergence");
        if ((reason == StopReason.DIVERGED) != divergence.isPresent()) {
            throw new IllegalArgumentException("a divergence goes with reason DIVERGED and only with it, got "
                    + reason + " and " + divergence);
        }
        if (divergence.isPresent() && divergence.get().epoch() != epochs + 1) {
            throw new IllegalArgumentException("the run diverged at epoch " + divergence.get().epoch()
                    + ", so its last finite epoch is " + (divergence.get().epoch() - 1) + ", not " + epochs);
        }
        lossCurve = lossCurve.clone();
        if (lossCurve.length != epochs + 1) {
            throw new IllegalArgumentException("the loss curve has epochs + 1 = " + (epochs + 1) + " values, got "
                    + lossCurve.length);
        }
    }

    /** A run that did not diverge. */
    public TrainingResult(UnivariateNetwork network, int epochs, double finalLoss, StopReason reason,
            double[] lossCurve, double seconds) {
        this(network, epochs, finalLoss, reason, lossCurve, seconds, Optional.empty());
    }

    /** @return whether the run diverged ({@link StopReason#DIVERGED}) */
    public boolean diverged() {
        return reason == StopReason.DIVERGED;
    }

    @Override
    public double[] lossCurve() {
        return lossCurve.clone();
    }
}
