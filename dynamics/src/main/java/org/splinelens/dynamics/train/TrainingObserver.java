package org.splinelens.dynamics.train;

import org.splinelens.core.network.UnivariateNetwork;

/** Sees the network every {@code observeEvery} epochs (epoch 0 first, the last epoch always). */
@FunctionalInterface
public interface TrainingObserver {

    /** @param loss {@code ℓ} of {@code network} on the training data */
    void observe(int epoch, double loss, UnivariateNetwork network);
}
