package org.splinelens.dynamics.observe;

import java.util.Objects;
import org.splinelens.core.deep.DeepBreakpointAnalysis;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.deep.PendingAnalysis;
import org.splinelens.core.deep.PieceLimit;
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
        return of(epoch, loss, network, PieceLimit.NONE);
    }

    /**
     * @param limit the most pieces the analysis of a deep network may track
     * @return the snapshot of {@code network}
     * @throws org.splinelens.core.io.InvalidInputException when the analysis passes {@code limit}, naming the epoch
     */
    public static BreakpointSnapshot of(int epoch, double loss, UnivariateNetwork network, PieceLimit limit) {
        return new BreakpointSnapshot(epoch, loss, DeepBreakpoints.analyze(network, at(epoch, limit)));
    }

    /**
     * The checks of {@link #of(int, double, UnivariateNetwork, PieceLimit)}, with the rest of the analysis left for
     * later ({@link DeepBreakpoints#begin}): complete it into the snapshot with {@link #of(int, double,
     * PendingAnalysis)}.
     *
     * @throws org.splinelens.core.io.InvalidInputException when the analysis passes {@code limit}, naming the epoch
     */
    public static PendingAnalysis begin(int epoch, UnivariateNetwork network, PieceLimit limit) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be >= 0, got " + epoch);
        }
        return DeepBreakpoints.begin(network, at(epoch, limit));
    }

    /** @return the snapshot whose analysis {@link #begin} started */
    public static BreakpointSnapshot of(int epoch, double loss, PendingAnalysis analysis) {
        return new BreakpointSnapshot(epoch, loss, analysis.complete());
    }

    private static PieceLimit at(int epoch, PieceLimit limit) {
        return new PieceLimit(limit.max(), limit.what() + " at epoch " + epoch, limit.option());
    }

    /** @return the number of hidden layers */
    public int layers() {
        return analysis.layers().size();
    }
}
