package org.splinelens.dynamics.gradient;

/**
 * Chooses a training run's objective from its request: the one place that maps (network kind, gradient method,
 * normalisation, batch size) to an implementation, so a trainer never asks which kind it holds. A new normalisation
 * is a new {@link TrainingObjective}, chosen here.
 */
public final class Objectives {

    private Objectives() {
    }

    /**
     * @return the objective {@code request} asks for: for plain nets the method's (sweep for shallow nets and region
     *         for deep nets under {@link GradientMethod#AUTO}) on the full data and the dense one on minibatches; for
     *         {@link Normalization#BATCH} the batch-normalised shallow objective on the full data and on every
     *         minibatch, by the sweep under {@link GradientMethod#AUTO} and {@link GradientMethod#SWEEP} and dense
     *         under {@link GradientMethod#DENSE}
     * @throws org.splinelens.core.io.InvalidInputException (one line) when no objective implements the request: sweep
     *         on a deep net, region on a shallow one, batch normalisation of a deep net, with batches of one point or
     *         with the region method
     */
    public static TrainingObjective of(ObjectiveRequest request) {
        return switch (request.normalization()) {
            case NONE -> new PlainTrainingObjective(request);
            case BATCH -> new BatchNormTrainingObjective(request);
        };
    }
}
