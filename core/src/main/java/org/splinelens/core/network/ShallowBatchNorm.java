package org.splinelens.core.network;

/**
 * A shallow network with batch normalisation of its pre-activations, over the flat layout
 * {@code θ = (w[0..H), b[0..H), v[0..H), b0, γ[0..H), δ[0..H))} of length {@code 5H + 1}: the {@link ShallowLayout}
 * of the linear layers followed by the normaliser's scale γ and shift δ. On a batch with input mean {@code m} and
 * (biased) input variance {@code σ²}, unit i computes
 * <pre>
 *   z_i = w_i x + b_i,   ẑ_i = γ_i (z_i − mean z_i) / sqrt(var z_i + ε) + δ_i,   f(x) = b0 + Σ_i v_i relu(ẑ_i).
 * </pre>
 * The input is univariate and the data do not depend on θ, so {@code mean z_i = w_i m + b_i} and
 * {@code var z_i = w_i² σ²}: the bias cancels and
 * <pre>
 *   ẑ_i = k_i (x − m) + δ_i,   k_i = γ_i w_i / r_i,   r_i = sqrt(w_i² σ² + ε).
 * </pre>
 * Batch normalisation of a univariate net is therefore an exact reparametrisation: on a batch the net is the plain
 * shallow net {@code (k, δ, v, b0)} of the centred input {@code x − m}, and with fixed statistics (inference) it is
 * the shallow net {@code w'_i = k_i}, {@code b'_i = δ_i − k_i m} ({@link #fold}). The chain rule back to θ is
 * {@code ∂k_i/∂w_i = γ_i ε / r_i³}, {@code ∂k_i/∂γ_i = w_i / r_i}, and {@code ∂ℓ/∂b_i = 0}.
 *
 * <p>In the spline lens: unit i's breakpoint is {@code β_i = m − δ_i / k_i}. With the usual start δ = 0 every
 * breakpoint sits at the batch mean, so the net starts as a two-piece function and spreads its breakpoints only as
 * the δ_i move; and in minibatch training each batch's mean and variance shift and stretch the whole function in x.
 */
public final class ShallowBatchNorm {
    /** PyTorch's {@code BatchNorm1d} default ε. */
    public static final double EPSILON = 1e-5;

    private ShallowBatchNorm() {
    }

    public static int parameterCount(int width) {
        return 5 * width + 1;
    }

    public static int gammaOffset(int width) {
        return 3 * width + 1;
    }

    public static int shiftOffset(int width) {
        return 4 * width + 1;
    }

    /** @return the width H of a flat vector of the given length; fails unless the length is {@code 5H + 1} */
    public static int widthOf(int parameterCount) {
        if (parameterCount < 1 || (parameterCount - 1) % 5 != 0) {
            throw new IllegalArgumentException("a batch-norm shallow parameter vector has length 5H + 1, got "
                    + parameterCount);
        }
        return (parameterCount - 1) / 5;
    }

    /** @return {@code network}'s parameters followed by PyTorch's initial normaliser, γ = 1 and δ = 0 */
    public static double[] parameters(ShallowNetwork network) {
        int h = network.width();
        double[] theta = new double[parameterCount(h)];
        System.arraycopy(network.parameters(), 0, theta, 0, ShallowLayout.parameterCount(h));
        java.util.Arrays.fill(theta, gammaOffset(h), shiftOffset(h), 1.0);
        return theta;
    }

    /**
     * Writes the shallow parameters {@code (k, δ, v, b0)} of the centred input (in {@link ShallowLayout}) into
     * {@code out}, for input variance {@code variance}.
     */
    public static void centred(int h, double[] theta, double variance, double[] out) {
        check(h, theta);
        for (int i = 0; i < h; i++) {
            double w = theta[i];
            out[i] = slope(theta[gammaOffset(h) + i], w, root(w, variance));
            out[h + i] = theta[shiftOffset(h) + i];
            out[2 * h + i] = theta[2 * h + i];
        }
        out[3 * h] = theta[3 * h];
    }

    /**
     * Maps the gradient {@code centredGradient} with respect to {@code (k, δ, v, b0)} back to θ's layout.
     *
     * @param gradient overwritten with {@code ∂ℓ/∂θ}
     */
    public static void chain(int h, double[] theta, double variance, double[] centredGradient, double[] gradient) {
        check(h, theta);
        for (int i = 0; i < h; i++) {
            double w = theta[i];
            double gamma = theta[gammaOffset(h) + i];
            double r = root(w, variance);
            double gk = centredGradient[i];
            gradient[i] = weightGradient(gk, gamma, r);
            gradient[h + i] = 0;
            gradient[2 * h + i] = centredGradient[2 * h + i];
            gradient[gammaOffset(h) + i] = scaleGradient(gk, w, r);
            gradient[shiftOffset(h) + i] = centredGradient[h + i];
        }
        gradient[3 * h] = centredGradient[3 * h];
    }

    /**
     * The per-unit formulas of {@link #centred} and {@link #chain}, for kernels that lay the units out otherwise:
     * used by both, so every path computes the same bits.
     *
     * @return {@code r_i = sqrt(w_i² σ² + ε)}, the standard deviation of unit i's pre-activation plus ε
     */
    public static double root(double w, double variance) {
        return Math.sqrt(w * w * variance + EPSILON);
    }

    /** @return {@code k_i = γ_i w_i / r_i} */
    public static double slope(double gamma, double w, double root) {
        return gamma * w / root;
    }

    /** @return {@code ∂ℓ/∂w_i = ∂ℓ/∂k_i · γ_i ε / r_i³} */
    public static double weightGradient(double slopeGradient, double gamma, double root) {
        return slopeGradient * gamma * EPSILON / (root * root * root);
    }

    /** @return {@code ∂ℓ/∂γ_i = ∂ℓ/∂k_i · w_i / r_i} */
    public static double scaleGradient(double slopeGradient, double w, double root) {
        return slopeGradient * w / root;
    }

    /** @return the plain shallow network computing θ's function with fixed input statistics (inference mode) */
    public static ShallowNetwork fold(int h, double[] theta, double mean, double variance) {
        double[] folded = new double[ShallowLayout.parameterCount(h)];
        centred(h, theta, variance, folded);
        for (int i = 0; i < h; i++) {
            folded[h + i] -= folded[i] * mean;
        }
        return ShallowNetwork.fromParameters(h, folded);
    }

    private static void check(int h, double[] theta) {
        if (theta.length != parameterCount(h)) {
            throw new IllegalArgumentException("expected " + parameterCount(h) + " batch-norm parameters for width "
                    + h + ", got " + theta.length);
        }
    }
}
