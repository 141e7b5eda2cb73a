package org.splinelens.dynamics.gradient;

import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * A plain shallow or deep net: the full data on the requested method's objective, minibatches on the dense one (the
 * sweep and region paths sort their data once, which a batch refilled every step cannot amortise); every non-empty
 * batch is accepted.
 */
final class PlainTrainingObjective implements TrainingObjective {
    private final ObjectiveRequest request;
    private final Objective full;

    PlainTrainingObjective(ObjectiveRequest request) {
        this.request = request;
        this.full = request.method().objective(request.network(), request.data());
    }

    @Override
    public ObjectiveRequest request() {
        return request;
    }

    @Override
    public double[] startParameters() {
        UnivariateNetwork network = request.network();
        return network instanceof ShallowNetwork shallow ? shallow.parameters()
                : ((DeepNetwork) network).parameters();
    }

    @Override
    public Objective full() {
        return full;
    }

    @Override
    public Objective batch(double[] x, double[] y) {
        UnivariateNetwork network = request.network();
        return network instanceof ShallowNetwork shallow ? new DenseShallowObjective(shallow.width(), x, y)
                : new DenseDeepObjective(((DeepNetwork) network).architecture(), x, y);
    }

    @Override
    public boolean acceptsBatch(int points) {
        return points > 0;
    }

    @Override
    public GradientMethod path() {
        return request.minibatch() ? GradientMethod.DENSE : request.method().resolve(request.network());
    }
}
