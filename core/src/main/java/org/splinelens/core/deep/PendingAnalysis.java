package org.splinelens.core.deep;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A breakpoint analysis whose refusals are behind it ({@link DeepBreakpoints#begin}): every check that can refuse the
 * network — the piece limit, the heap, double precision — has been made, and what is left makes no check, so it may
 * run later and on another thread. Each {@link #complete} computes that rest anew.
 */
public final class PendingAnalysis {
    private final Supplier<DeepBreakpointAnalysis> rest;
    private final long bytes;

    PendingAnalysis(Supplier<DeepBreakpointAnalysis> rest, long bytes) {
        this.rest = Objects.requireNonNull(rest, "rest");
        this.bytes = bytes;
    }

    /** @return about how many bytes the pending work holds beyond the network itself, for a queue's bound */
    public long bytes() {
        return bytes;
    }

    /**
     * @return the analysis, as {@link DeepBreakpoints#analyze(org.splinelens.core.network.UnivariateNetwork,
     *         PieceLimit)} gives it
     */
    public DeepBreakpointAnalysis complete() {
        return rest.get();
    }
}
