package org.splinelens.core.network;

import java.util.Arrays;

/**
 * Forward pass, loss and backpropagation for one {@link DeepArchitecture}, over flat parameter vectors.
 * An instance owns preallocated work buffers, so its methods allocate nothing; it is not thread-safe
 * (use one per thread).
 *
 * <p>Backpropagation of {@code ℓ = ½ Σ_n e_n²}, {@code e_n = f(x_n) − y_n}: with pre-activations
 * {@code z_ℓ = W_{ℓ−1} h_{ℓ−1} + c_{ℓ−1}} and {@code δ_{L+1} = e_n} at the output,
 * {@code δ_ℓ = relu'(z_ℓ) ⊙ W_ℓᵀ δ_{ℓ+1}} with {@code relu'(0) = 0}, and
 * {@code ∂ℓ/∂W_ℓ += δ_{ℓ+1} h_ℓᵀ}, {@code ∂ℓ/∂c_ℓ += δ_{ℓ+1}}.
 */
public final class DeepKernels {
    private final DeepArchitecture architecture;
    /** activations[ℓ] holds h_ℓ (ℓ = 0: the input; hidden layers after relu; last: the output). */
    private final double[][] activations;
    /** deltas[ℓ] holds ∂e/∂z for the outputs of affine layer ℓ. */
    private final double[][] deltas;

    public DeepKernels(DeepArchitecture architecture) {
        this.architecture = architecture;
        int layers = architecture.layers();
        activations = new double[layers + 1][];
        deltas = new double[layers][];
        activations[0] = new double[1];
        for (int l = 0; l < layers; l++) {
            activations[l + 1] = new double[architecture.outputSize(l)];
            deltas[l] = new double[architecture.outputSize(l)];
        }
    }

    public DeepArchitecture architecture() {
        return architecture;
    }

    /** @return {@code f(x)}, leaving every layer's activations in the work buffers */
    public double value(double[] theta, double x) {
        int layers = architecture.layers();
        activations[0][0] = x;
        for (int l = 0; l < layers; l++) {
            double[] in = activations[l];
            double[] out = activations[l + 1];
            int nIn = architecture.inputSize(l);
            int nOut = architecture.outputSize(l);
            int wOff = architecture.weightOffset(l);
            int bOff = architecture.biasOffset(l);
            boolean hidden = l < layers - 1;
            for (int j = 0; j < nOut; j++) {
                double z = theta[bOff + j];
                int row = wOff + j * nIn;
                for (int k = 0; k < nIn; k++) {
                    z += theta[row + k] * in[k];
                }
                out[j] = hidden && z <= 0 ? 0.0 : z;
            }
        }
        return activations[layers][0];
    }

    /** Writes {@code f(x[n])} into {@code out[n]}; {@code out} may be {@code x} itself. */
    public void values(double[] theta, double[] x, double[] out) {
        if (out.length < x.length) {
            throw new IllegalArgumentException("output array shorter than input: " + out.length + " < " + x.length);
        }
        for (int n = 0; n < x.length; n++) {
            out[n] = value(theta, x[n]);
        }
    }

    /** @return {@code ½ Σ_n (f(x_n) − y_n)²} */
    public double loss(double[] theta, double[] x, double[] y) {
        ShallowKernels.checkData(x, y);
        double loss = 0;
        for (int n = 0; n < x.length; n++) {
            double e = value(theta, x[n]) - y[n];
            loss += e * e;
        }
        return 0.5 * loss;
    }

    /**
     * Computes the loss and writes its exact gradient (layout of the architecture) into {@code gradient},
     * overwriting it. No allocation.
     */
    public double lossAndGradient(double[] theta, double[] x, double[] y, double[] gradient) {
        ShallowKernels.checkData(x, y);
        if (gradient.length != architecture.parameterCount() || theta.length != architecture.parameterCount()) {
            throw new IllegalArgumentException("parameter and gradient vectors need length "
                    + architecture.parameterCount());
        }
        Arrays.fill(gradient, 0.0);
        double loss = 0;
        for (int n = 0; n < x.length; n++) {
            double e = value(theta, x[n]) - y[n];
            loss += e * e;
            accumulateGradient(theta, e, gradient);
        }
        return 0.5 * loss;
    }

    /**
     * Adds {@code e · ∂f/∂θ} at the input of the last {@link #value} call to {@code gradient}.
     * Uses the activations left in the work buffers by that call.
     */
    public void accumulateGradient(double[] theta, double e, double[] gradient) {
        int layers = architecture.layers();
        deltas[layers - 1][0] = e;
        for (int l = layers - 1; l >= 0; l--) {
            double[] in = activations[l];
            double[] delta = deltas[l];
            addLayerGradient(architecture, l, delta, in, 1, gradient);
            if (l > 0) {
                propagate(architecture, theta, l, delta, in, deltas[l - 1]);
            }
        }
    }

    /**
     * Adds affine layer {@code layer}'s gradient {@code ∂W[j][k] += delta_j · inputs_k}, {@code ∂c[j] += delta_j ·
     * biasInput} to {@code gradient}: the dense path passes one point's activations and 1, the region path a region's
     * residual moments and {@code Σe}.
     */
    public static void addLayerGradient(DeepArchitecture architecture, int layer, double[] delta, double[] inputs,
            double biasInput, double[] gradient) {
        int nIn = architecture.inputSize(layer);
        int nOut = architecture.outputSize(layer);
        int wOff = architecture.weightOffset(layer);
        int bOff = architecture.biasOffset(layer);
        for (int j = 0; j < nOut; j++) {
            double d = delta[j];
            if (d == 0) {
                continue;
            }
            int row = wOff + j * nIn;
            for (int k = 0; k < nIn; k++) {
                gradient[row + k] += d * inputs[k];
            }
            gradient[bOff + j] += d * biasInput;
        }
    }

    /**
     * One step of backpropagation through affine layer {@code layer >= 1} and the relu below it:
     * {@code below = relu'(z_layer) ⊙ W_layerᵀ delta}, where {@code inputs} are the layer's inputs {@code h = relu(z)}
     * ({@code h > 0} exactly when {@code z > 0}: relu'(0) = 0).
     */
    public static void propagate(DeepArchitecture architecture, double[] theta, int layer, double[] delta,
            double[] inputs, double[] below) {
        int nIn = architecture.inputSize(layer);
        int nOut = architecture.outputSize(layer);
        int wOff = architecture.weightOffset(layer);
        for (int k = 0; k < nIn; k++) {
            if (inputs[k] > 0) {
                double s = 0;
                for (int j = 0; j < nOut; j++) {
                    s += theta[wOff + j * nIn + k] * delta[j];
                }
                below[k] = s;
            } else {
                below[k] = 0.0;
            }
        }
    }
}
