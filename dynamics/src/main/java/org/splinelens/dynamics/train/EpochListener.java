package org.splinelens.dynamics.train;

/**
 * Told the full-data loss after every epoch, for progress reports: unlike a {@link TrainingObserver} it sees no
 * network, so calling it every epoch costs one call. It must be quick and must not throw.
 */
@FunctionalInterface
public interface EpochListener {
    /** Listens to nothing. */
    EpochListener NONE = (epoch, loss) -> { };

    /** @param loss {@code ℓ_e}, the full-data loss after epoch {@code epoch >= 1} */
    void epoch(int epoch, double loss);
}
