package org.splinelens.core.network;

import java.util.Arrays;

/**
 * A deep univariate ReLU MLP {@code f(x) = W_L h_L + c_L}, {@code h_ℓ = relu(W_{ℓ−1} h_{ℓ−1} + c_{ℓ−1})},
 * {@code h_0 = x}: an immutable value over a flat parameter vector in the layout of {@link DeepArchitecture}.
 */
public final class DeepNetwork implements UnivariateNetwork {
    private final DeepArchitecture architecture;
    private final double[] parameters;

    private DeepNetwork(DeepArchitecture architecture, double[] parameters) {
        this.architecture = architecture;
        this.parameters = parameters;
    }

    /** @param parameters flat vector in the layout of {@code architecture}, copied; every entry finite */
    public static DeepNetwork of(DeepArchitecture architecture, double[] parameters) {
        if (parameters.length != architecture.parameterCount()) {
            throw new IllegalArgumentException("deep network " + architecture + " needs "
                    + architecture.parameterCount() + " parameters, got " + parameters.length);
        }
        for (int k = 0; k < parameters.length; k++) {
            if (!Double.isFinite(parameters[k])) {
                throw new IllegalArgumentException("deep network: parameter " + k + " is not finite: "
                        + parameters[k]);
            }
        }
        return new DeepNetwork(architecture, parameters.clone());
    }

    public DeepArchitecture architecture() {
        return architecture;
    }

    /** @return a copy of the flat parameter vector */
    public double[] parameters() {
        return parameters.clone();
    }

    /** @return {@code W_ℓ[out][in]} of affine layer {@code ℓ} (0-based; {@code ℓ = L} is the output layer) */
    public double weight(int layer, int out, int in) {
        return parameters[architecture.weightOffset(layer) + out * architecture.inputSize(layer) + in];
    }

    /** @return {@code c_ℓ[out]} of affine layer {@code ℓ} (0-based) */
    public double bias(int layer, int out) {
        return parameters[architecture.biasOffset(layer) + out];
    }

    @Override
    public int parameterCount() {
        return parameters.length;
    }

    @Override
    public DeepNetwork asDeep() {
        return this;
    }

    /** @return the same function as a {@link ShallowNetwork}; only for one hidden layer */
    public ShallowNetwork asShallow() {
        if (architecture.hiddenLayers() != 1) {
            throw new IllegalStateException("a network with " + architecture.hiddenLayers()
                    + " hidden layers is not shallow");
        }
        int h = architecture.hiddenWidth(1);
        double[] w = new double[h];
        double[] b = new double[h];
        double[] v = new double[h];
        for (int i = 0; i < h; i++) {
            w[i] = weight(0, i, 0);
            b[i] = bias(0, i);
            v[i] = weight(1, 0, i);
        }
        return ShallowNetwork.of(w, b, v, bias(1, 0));
    }

    /** @return {@code f(x)}; allocates one work buffer, so use {@link DeepKernels} in loops */
    @Override
    public double value(double x) {
        return new DeepKernels(architecture).value(parameters, x);
    }

    /** Writes {@code f(x[n])} into {@code out[n]}. */
    @Override
    public void values(double[] x, double[] out) {
        new DeepKernels(architecture).values(parameters, x, out);
    }

    /** @return {@code ½ Σ (f(x_n) − y_n)²} */
    @Override
    public double loss(double[] x, double[] y) {
        return new DeepKernels(architecture).loss(parameters, x, y);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeepNetwork other && architecture.equals(other.architecture)
                && Arrays.equals(parameters, other.parameters);
    }

    @Override
    public int hashCode() {
        return 31 * architecture.hashCode() + Arrays.hashCode(parameters);
    }

    @Override
    public String toString() {
        return "DeepNetwork[" + architecture + ", " + parameters.length + " parameters]";
    }
}
