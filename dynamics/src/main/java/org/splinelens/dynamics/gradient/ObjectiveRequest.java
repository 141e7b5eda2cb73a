package org.splinelens.dynamics.gradient;

import java.util.Objects;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * What a training run asks of its objective; {@link Objectives#of} turns it into a {@link TrainingObjective}.
 *
 * @param network       the start network: its kind and shape choose the objective, its parameters give θ0
 * @param data          the training set
 * @param method        the requested gradient method ({@link GradientMethod#AUTO} resolves per network kind)
 * @param normalization what sits between the linear maps and the ReLUs
 * @param batchSize     points per minibatch, 0 for full-batch steps (the trainer config's {@code batchSize()}); >= 0
 */
public record ObjectiveRequest(UnivariateNetwork network, Dataset data, GradientMethod method,
        Normalization normalization, int batchSize) {

    public ObjectiveRequest {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(normalization, "normalization");
        if (batchSize < 0) {
            throw new IllegalArgumentException("batchSize must be >= 0, got " + batchSize);
        }
    }

    /** @return whether steps see minibatches, {@code 0 < batchSize < N}; a batch of all N points is a full batch */
    public boolean minibatch() {
        return batchSize > 0 && batchSize < data.size();
    }
}
