package org.splinelens.dynamics.observe;

import java.util.Objects;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.deep.PieceLimit;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.train.TrainingObserver;

/**
 * Stops a run at the epoch observed when its network leaves double precision (or passes the piece limit), as
 * {@link SnapshotRecorder} does, but keeps nothing: the observer of a run that writes no files. A shallow network
 * that {@link DeepBreakpoints#withinPrecision} proves safe, in O(H), is not analysed at all.
 *
 * @param limit the most pieces each analysis of a deep network may track
 */
public record PrecisionWatch(PieceLimit limit) implements TrainingObserver {

    public PrecisionWatch {
        Objects.requireNonNull(limit, "limit");
    }

    @Override
    public void observe(int epoch, double loss, UnivariateNetwork network) {
        if (needsAnalysis(network)) {
            BreakpointSnapshot.of(epoch, loss, network, limit);
        }
    }

    /** @return whether only the breakpoint analysis itself can tell that {@code network} stays within its limits */
    public static boolean needsAnalysis(UnivariateNetwork network) {
        return !(network instanceof ShallowNetwork shallow && DeepBreakpoints.withinPrecision(shallow));
    }
}
