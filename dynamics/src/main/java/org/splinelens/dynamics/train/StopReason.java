package org.splinelens.dynamics.train;

/** Why a run ended. */
public enum StopReason {
    /** the epoch budget was used */
    EPOCHS,
    /** the loss changed by less than the tolerance between epochs */
    CONVERGED,
    /** the loss reached the target */
    TARGET_LOSS,
    /** an epoch's loss or network left double precision; the result holds the last finite ones ({@link Divergence}) */
    DIVERGED
}
