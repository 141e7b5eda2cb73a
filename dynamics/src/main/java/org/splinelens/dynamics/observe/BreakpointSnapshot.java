package org.splinelens.dynamics.observe;

import java.util.Objects;
import org.splinelens.core.deep.DeepBreakpointAnalysis;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * The network's breakpoints at one epoch, every hidden layer's, exact from core ({@link DeepBreakpoints}). For a
 * shallow network layer 1 holds the BDSO breakpoints {@code β_i = −b_i/w_i} of the units with {@code w_i ≠ 0}.
 *
 * @param epoch    epochs done when the snapshot was taken
 * @param loss     {@code ℓ} on the training data at that epoch
 * @param analysis induced and active breakpoints, delta-slopes and roughness per layer
 */
public record BreakpointSnapshot(int epoch, double loss, DeepBreakpointAnalysis analysis) {

    public BreakpointSnapshot {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be >= 0, got " + epoch);
        }
        Objects.requireNonNull(analysis, "analysis");
    }

    /** @return the snapshot of {@code network} */
    public static BreakpointSnapshot of(int epoch, double loss, UnivariateNetwork network) {
        return new BreakpointSnapshot(epoch, loss, DeepBreakpoints.analyze(network.asDeep()));
    }

    /** @return the number of hidden layers */
    public int layers() {
        return analysis.layers().size();
    }
}
