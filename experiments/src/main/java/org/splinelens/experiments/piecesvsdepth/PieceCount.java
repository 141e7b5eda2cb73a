package org.splinelens.experiments.piecesvsdepth;

import org.splinelens.core.deep.DeepBreakpointAnalysis;
import org.splinelens.core.deep.LayerBreakpoints;

/**
 * What FC Table 2 may count, of one network's exact analysis. For a shallow net of H units with w ≠ 0, the induced
 * breakpoints are exactly H and the pieces at most H + 1 on ℝ, hence on any interval; a deep unit's pre-activation is
 * CPWL and may cross zero any number of times, so a deep net may exceed both.
 */
enum PieceCount {
    /** Every zero crossing of every hidden unit's pre-activation on ℝ, active or not (FC Definition 1). */
    INDUCED("induced", "induced breakpoints on ℝ (FC Definition 1)"),
    /** The output's knots on ℝ: the active breakpoints, pieces − 1. */
    KNOTS("knots", "active breakpoints (the output's knots) on ℝ"),
    /** The output's linear pieces on ℝ. */
    PIECES("pieces", "pieces of the output on ℝ"),
    /** The output's linear pieces on [−3, 3], the data range. */
    PIECES_IN_DOMAIN("piecesInDomain", "pieces of the output on [-3, 3]");

    static final double LOW = -3;
    static final double HIGH = 3;

    private final String metric;
    private final String label;

    PieceCount(String metric, String label) {
        this.metric = metric;
        this.label = label;
    }

    String metric() {
        return metric;
    }

    String label() {
        return label;
    }

    /** @return this count of {@code analysis} */
    int of(DeepBreakpointAnalysis analysis) {
        return switch (this) {
            case INDUCED -> analysis.layers().stream().mapToInt(LayerBreakpoints::breakpointCount).sum();
            case KNOTS -> analysis.output().knotCount();
            case PIECES -> analysis.pieces();
            case PIECES_IN_DOMAIN -> analysis.piecesIn(LOW, HIGH);
        };
    }
}
