package org.splinelens.dynamics.gradient;

import java.util.Locale;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.ShallowBatchNorm;
import org.splinelens.core.network.ShallowNetwork;

/**
 * Batch normalisation of a shallow net's pre-activations: θ0 is the start net's parameters followed by γ = 1 and
 * δ = 0 ({@link ShallowBatchNorm#parameters}); each minibatch is normalised with its own statistics; the full objective
 * normalises with the training set's, so {@code ℓ_e} and the reported network are the inference-mode function folded
 * into a plain shallow net. Steps and {@code ℓ_e} take the sweep ({@link SweepBatchNormObjective}, which sorts each
 * batch itself) under {@link GradientMethod#AUTO} and {@link GradientMethod#SWEEP}, and the dense reference
 * ({@link BatchNormShallowObjective}) under {@link GradientMethod#DENSE}.
 *
 * <p>A batch of one point has no variance to normalise by (PyTorch refuses it in training mode), so batch size 1 is
 * refused and a one-point remainder is left out of each epoch. Deep nets and the region method are refused.
 */
final class BatchNormTrainingObjective implements TrainingObjective {
    /** The fewest points a batch-normalised step can see. */
    static final int MINIMUM_BATCH = 2;

    private final ObjectiveRequest request;
    private final ShallowNetwork start;
    private final GradientMethod path;
    private final Objective full;

    BatchNormTrainingObjective(ObjectiveRequest request) {
        if (!(request.network() instanceof ShallowNetwork shallow)) {
            throw new InvalidInputException("batch normalisation is implemented for shallow networks only");
        }
        if (request.batchSize() > 0 && !acceptsBatch(request.batchSize())) {
            throw new InvalidInputException("batch normalisation needs batches of at least " + MINIMUM_BATCH
                    + " points, got batchSize " + request.batchSize());
        }
        GradientMethod method = request.method().resolve(shallow);
        if (method != GradientMethod.SWEEP && method != GradientMethod.DENSE) {
            throw new InvalidInputException("batch normalisation trains on the sweep or the dense gradient; gradient"
                    + " method " + method.name().toLowerCase(Locale.ROOT) + " is not available with it");
        }
        this.request = request;
        this.start = shallow;
        this.path = method;
        this.full = batch(request.data().x(), request.data().y());
    }

    @Override
    public ObjectiveRequest request() {
        return request;
    }

    @Override
    public double[] startParameters() {
        return ShallowBatchNorm.parameters(start);
    }

    @Override
    public Objective full() {
        return full;
    }

    @Override
    public Objective batch(double[] x, double[] y) {
        return path == GradientMethod.SWEEP ? new SweepBatchNormObjective(start.width(), x, y)
                : new BatchNormShallowObjective(start.width(), x, y);
    }

    @Override
    public boolean acceptsBatch(int points) {
        return points >= MINIMUM_BATCH;
    }

    @Override
    public GradientMethod path() {
        return path;
    }
}
