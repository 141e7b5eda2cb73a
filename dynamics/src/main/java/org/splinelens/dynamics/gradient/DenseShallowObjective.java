package org.splinelens.dynamics.gradient;

import org.splinelens.core.network.ShallowKernels;
import org.splinelens.core.network.ShallowLayout;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * The dense O(N·H) shallow loss and gradient of core's {@link ShallowKernels}. Works on the caller's arrays without
 * copying them, so a trainer can refill them with each minibatch.
 */
public final class DenseShallowObjective implements Objective {
    private final int width;
    private final double[] x;
    private final double[] y;

    public DenseShallowObjective(int width, double[] x, double[] y) {
        checkShape(width, x, y);
        this.width = width;
        this.x = x;
        this.y = y;
    }

    /** Validates a shallow objective's width and data, for this class and its batch-norm sibling. */
    static void checkShape(int width, double[] x, double[] y) {
        if (width < 0) {
            throw new IllegalArgumentException("width must be >= 0, got " + width);
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " != " + y.length);
        }
    }

    @Override
    public int parameterCount() {
        return ShallowLayout.parameterCount(width);
    }

    @Override
    public int size() {
        return x.length;
    }

    @Override
    public double loss(double[] theta) {
        return ShallowKernels.loss(width, theta, x, y);
    }

    @Override
    public double lossAndGradient(double[] theta, double[] gradient) {
        return ShallowKernels.lossAndGradient(width, theta, x, y, gradient);
    }

    @Override
    public UnivariateNetwork network(double[] theta) {
        return ShallowNetwork.fromParameters(width, theta);
    }
}
