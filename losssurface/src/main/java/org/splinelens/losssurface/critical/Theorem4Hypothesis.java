package org.splinelens.losssurface.critical;

/** The hypotheses the proof of Thm 4 needs; see {@link Theorem4Hypotheses} for the derivation. */
public enum Theorem4Hypothesis {
    /** Some unit active on all data has {@code v_i ≠ 0} or {@code w_i ≠ 0}, so the gradient forces Σ e x = 0. */
    ACTIVE_ON_ALL,
    /** Every unit whose breakpoint lies inside the data ({@code min x < β_i <= max x}) has {@code v_i ≠ 0}. */
    NONZERO_OUTPUT_INSIDE,
    /**
     * Every unit with {@code v_i ≠ 0} whose breakpoint has data on both sides is active on exactly one side of it in
     * the partition's sense (no right-facing breakpoint on a data point).
     */
    BREAKPOINT_OFF_DATA
}
