package org.splinelens.dynamics.gradient;

/**
 * The objective of one training run, chosen by {@link Objectives#of} from its {@link ObjectiveRequest}. It states all
 * a trainer needs to know about itself — its parameter layout, the network a parameter vector stands for, how it
 * evaluates minibatches and which batches it accepts — so a training loop treats every kind alike. Full-batch steps
 * use {@link #full()}'s gradient; minibatch steps use {@link #batch} objectives over arrays the trainer refills, and
 * a batch the objective does not {@linkplain #acceptsBatch accept} is left out of its epoch.
 */
public interface TrainingObjective {

    /** @return the request this objective was chosen for */
    ObjectiveRequest request();

    /** @return θ0, the request's network in {@link #full()}'s parameter layout (a fresh array) */
    double[] startParameters();

    /** @return the length of {@link #full()}'s parameter vectors, what an optimizer's state is sized for */
    default int parameterCount() {
        return startParameters().length;
    }

    /**
     * @return the loss on the request's full data: the full-batch gradient, {@code ℓ_e} after every epoch, and
     *         through {@link Objective#network} the network a run reports and its observers see
     */
    Objective full();

    /**
     * @return a new objective in {@link #full()}'s parameter layout over the caller's arrays, which it reads at every
     *         call without copying, so a trainer can refill them with each minibatch
     */
    Objective batch(double[] x, double[] y);

    /** @return whether a minibatch of {@code points} points can be stepped on */
    boolean acceptsBatch(int points);

    /** @return the gradient path steps take: {@link GradientMethod#DENSE}, {@code SWEEP} or {@code REGION} */
    GradientMethod path();
}
