package org.splinelens.dynamics.gradient;

/**
 * What sits between a network's linear maps and its ReLUs during training; part of an {@link ObjectiveRequest}, it
 * chooses the kind of {@link TrainingObjective} {@link Objectives#of} returns.
 */
public enum Normalization {
    /** The plain network. */
    NONE,
    /**
     * Batch normalisation of a shallow net's pre-activations with training-mode statistics of each (mini)batch
     * ({@link org.splinelens.core.network.ShallowBatchNorm}); γ starts at 1 and δ at 0. The trained result is the
     * inference-mode function folded into a plain shallow net with the training set's statistics.
     */
    BATCH
}
