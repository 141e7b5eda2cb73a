package org.splinelens.dynamics.train;

import java.util.Objects;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * The end of a run.
 *
 * @param network   the final network
 * @param epochs    epochs done
 * @param finalLoss {@code ℓ} of the final network on the training data
 * @param reason    why training stopped
 * @param lossCurve {@code ℓ} after every epoch, {@code lossCurve[0]} at the start ({@code epochs + 1} values)
 * @param seconds   wall time of the run
 */
public record TrainingResult(UnivariateNetwork network, int epochs, double finalLoss, StopReason reason,
        double[] lossCurve, double seconds) {

    public TrainingResult {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(reason, "reason");
        lossCurve = lossCurve.clone();
    }

    @Override
    public double[] lossCurve() {
        return lossCurve.clone();
    }
}
