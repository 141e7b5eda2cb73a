package org.splinelens.dynamics.observe;

import java.util.Objects;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.deep.PieceLimit;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.train.TrainingObserver;

/**
 * Stops a run at the epoch observed when its network leaves double precision (or passes the piece limit), as
 * {@link SnapshotRecorder} does, but keeps nothing: the observer of a run that writes no files. It makes only the
 * analysis's checks ({@link BreakpointSnapshot#begin}): a shallow network that {@link DeepBreakpoints#withinPrecision}
 * proves safe, in O(H), is not analysed at all, and a deep one's delta-slopes are never computed.
 *
 * @param limit the most pieces each analysis of a deep network may track
 */
public record PrecisionWatch(PieceLimit limit) implements TrainingObserver {

    public PrecisionWatch {
        Objects.requireNonNull(limit, "limit");
    }

    @Override
    public void observe(int epoch, double loss, UnivariateNetwork network) {
        BreakpointSnapshot.begin(epoch, network, limit);
    }
}
