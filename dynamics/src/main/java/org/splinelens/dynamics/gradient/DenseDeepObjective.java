package org.splinelens.dynamics.gradient;

import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepKernels;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * Dense backpropagation over core's preallocated {@link DeepKernels} buffers: O(N · Σ H_ℓ H_{ℓ−1}) per call. Works
 * on the caller's arrays without copying them, so a trainer can refill them with each minibatch.
 */
public final class DenseDeepObjective implements Objective {
    private final DeepKernels kernels;
    private final double[] x;
    private final double[] y;

    public DenseDeepObjective(DeepArchitecture architecture, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " != " + y.length);
        }
        this.kernels = new DeepKernels(architecture);
        this.x = x;
        this.y = y;
    }

    @Override
    public int parameterCount() {
        return kernels.architecture().parameterCount();
    }

    @Override
    public int size() {
        return x.length;
    }

    @Override
    public double loss(double[] theta) {
        return kernels.loss(theta, x, y);
    }

    @Override
    public double lossAndGradient(double[] theta, double[] gradient) {
        return kernels.lossAndGradient(theta, x, y, gradient);
    }

    @Override
    public UnivariateNetwork network(double[] theta) {
        return DeepNetwork.of(kernels.architecture(), theta);
    }
}
