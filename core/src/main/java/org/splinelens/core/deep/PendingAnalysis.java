package org.splinelens.core.deep;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A breakpoint analysis whose refusals are behind it ({@link DeepBreakpoints#begin}): every check that can refuse the
 * network — the piece limit, the heap, double precision — has been made, and what is left cannot fail, so it may run
 * later and on another thread. Complete it once.
 */
public final class PendingAnalysis {
    private final Supplier<DeepBreakpointAnalysis> rest;

    PendingAnalysis(Supplier<DeepBreakpointAnalysis> rest) {
        this.rest = Objects.requireNonNull(rest, "rest");
    }

    /** @return the analysis, as {@link DeepBreakpoints#analyze(org.splinelens.core.network.UnivariateNetwork,
     *          PieceLimit)} gives it */
    public DeepBreakpointAnalysis complete() {
        return rest.get();
    }
}
