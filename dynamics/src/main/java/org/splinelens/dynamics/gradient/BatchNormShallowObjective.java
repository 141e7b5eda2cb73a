package org.splinelens.dynamics.gradient;

import org.splinelens.core.network.ShallowBatchNorm;
import org.splinelens.core.network.ShallowKernels;
import org.splinelens.core.network.ShallowLayout;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * The loss and gradient of a batch-normalised shallow net ({@link ShallowBatchNorm}) in training mode: the
 * normaliser uses the mean and biased variance of this objective's own inputs, recomputed at every call, so a trainer
 * that refills the arrays with each minibatch gets batch statistics, and the full-data objective gets the training
 * set's. Dense, O(N·H), the reference for {@link SweepBatchNormObjective}; works on the caller's arrays without
 * copying them.
 *
 * <p>{@link #network} is the inference-mode function: the net folded with the statistics of the inputs (for the full
 * data, what the running averages of a framework's batch-norm layer approximate).
 */
public final class BatchNormShallowObjective implements Objective {
    private final int width;
    private final double[] x;
    private final double[] y;
    private final double[] centredX;
    private final double[] centredTheta;
    private final double[] centredGradient;

    public BatchNormShallowObjective(int width, double[] x, double[] y) {
        DenseShallowObjective.checkShape(width, x, y);
        this.width = width;
        this.x = x;
        this.y = y;
        centredX = new double[x.length];
        centredTheta = new double[ShallowLayout.parameterCount(width)];
        centredGradient = new double[centredTheta.length];
    }

    @Override
    public int parameterCount() {
        return ShallowBatchNorm.parameterCount(width);
    }

    @Override
    public int size() {
        return x.length;
    }

    @Override
    public double loss(double[] theta) {
        ShallowBatchNorm.centred(width, theta, centre(x, mean(x), centredX), centredTheta);
        return ShallowKernels.loss(width, centredTheta, centredX, y);
    }

    @Override
    public double lossAndGradient(double[] theta, double[] gradient) {
        double variance = centre(x, mean(x), centredX);
        ShallowBatchNorm.centred(width, theta, variance, centredTheta);
        double loss = ShallowKernels.lossAndGradient(width, centredTheta, centredX, y, centredGradient);
        ShallowBatchNorm.chain(width, theta, variance, centredGradient, gradient);
        return loss;
    }

    @Override
    public UnivariateNetwork network(double[] theta) {
        double mean = mean(x);
        return ShallowBatchNorm.fold(width, theta, mean, centre(x, mean, centredX));
    }

    /** @return the batch mean {@code m = Σ x_n / N} (0 for no points), summed in the caller's order */
    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return x.length == 0 ? 0 : sum / x.length;
    }

    /**
     * Fills {@code centred} with {@code u_n = x_n − mean} and returns the biased variance {@code Σ u_n² / N} (two
     * passes, for accuracy; 0 for no points). The dense and sweep objectives share it, so their centred inputs and
     * normalisers are the same bit for bit.
     */
    static double centre(double[] x, double mean, double[] centred) {
        double squares = 0;
        for (int n = 0; n < x.length; n++) {
            double u = x[n] - mean;
            centred[n] = u;
            squares += u * u;
        }
        return x.length == 0 ? 0 : squares / x.length;
    }
}
