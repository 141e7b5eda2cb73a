package org.splinelens.core.network;

import java.util.Arrays;
import java.util.Objects;

/**
 * A shallow univariate ReLU network {@code f(x) = b0 + Σ_{i<H} v_i relu(w_i x + b_i)} (paper 'shallow ReLU networks
 * as splines', Eq. 1), an immutable value over the flat parameter vector
 * {@code θ = (w[0..H), b[0..H), v[0..H), b0)} of length {@code 3H + 1}.
 *
 * <p>The hot paths ({@link ShallowKernels}) work on that flat vector directly; this class is the validated value
 * that the rest of the framework passes around.
 */
public final class ShallowNetwork implements UnivariateNetwork {
    private final int width;
    private final double[] parameters;

    private ShallowNetwork(int width, double[] parameters) {
        this.width = width;
        this.parameters = parameters;
    }

    /**
     * @param w  input weights {@code w_i}
     * @param b  biases {@code b_i}
     * @param v  output weights {@code v_i}
     * @param b0 output bias
     * @throws IllegalArgumentException if the arrays differ in length or hold a non-finite number
     */
    public static ShallowNetwork of(double[] w, double[] b, double[] v, double b0) {
        Objects.requireNonNull(w, "w");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(v, "v");
        if (w.length != b.length || w.length != v.length) {
            throw new IllegalArgumentException("shallow network: w, b and v must have equal lengths, got "
                    + w.length + ", " + b.length + ", " + v.length);
        }
        int h = w.length;
        double[] theta = new double[ShallowLayout.parameterCount(h)];
        System.arraycopy(w, 0, theta, ShallowLayout.wOffset(h), h);
        System.arraycopy(b, 0, theta, ShallowLayout.bOffset(h), h);
        System.arraycopy(v, 0, theta, ShallowLayout.vOffset(h), h);
        theta[ShallowLayout.b0Index(h)] = b0;
        requireFinite(theta);
        return new ShallowNetwork(h, theta);
    }

    /**
     * @param width      number of hidden units {@code H >= 0}
     * @param parameters flat vector in the layout {@code (w, b, v, b0)}, copied
     */
    public static ShallowNetwork fromParameters(int width, double[] parameters) {
        if (width < 0) {
            throw new IllegalArgumentException("shallow network: width must be >= 0, got " + width);
        }
        if (parameters.length != ShallowLayout.parameterCount(width)) {
            throw new IllegalArgumentException("shallow network: width " + width + " needs "
                    + ShallowLayout.parameterCount(width) + " parameters, got " + parameters.length);
        }
        double[] theta = parameters.clone();
        requireFinite(theta);
        return new ShallowNetwork(width, theta);
    }

    private static void requireFinite(double[] theta) {
        for (int k = 0; k < theta.length; k++) {
            if (!Double.isFinite(theta[k])) {
                throw new IllegalArgumentException("shallow network: parameter " + k + " is not finite: " + theta[k]);
            }
        }
    }

    /** @return the number of hidden units H */
    public int width() {
        return width;
    }

    public double w(int i) {
        return parameters[ShallowLayout.wOffset(width) + checkUnit(i)];
    }

    public double b(int i) {
        return parameters[ShallowLayout.bOffset(width) + checkUnit(i)];
    }

    public double v(int i) {
        return parameters[ShallowLayout.vOffset(width) + checkUnit(i)];
    }

    public double b0() {
        return parameters[ShallowLayout.b0Index(width)];
    }

    public double[] w() {
        return Arrays.copyOfRange(parameters, ShallowLayout.wOffset(width), ShallowLayout.wOffset(width) + width);
    }

    public double[] b() {
        return Arrays.copyOfRange(parameters, ShallowLayout.bOffset(width), ShallowLayout.bOffset(width) + width);
    }

    public double[] v() {
        return Arrays.copyOfRange(parameters, ShallowLayout.vOffset(width), ShallowLayout.vOffset(width) + width);
    }

    /** @return a copy of the flat parameter vector {@code (w, b, v, b0)} */
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    public int parameterCount() {
        return parameters.length;
    }

    /**
     * The same function as a deep MLP with one hidden layer; a network of width 0 becomes one dead unit
     * ({@code w = b = v = 0}), since a hidden layer needs at least one unit.
     */
    @Override
    public DeepNetwork asDeep() {
        int units = Math.max(width, 1);
        DeepArchitecture arch = new DeepArchitecture(units);
        double[] theta = new double[arch.parameterCount()];
        for (int i = 0; i < width; i++) {
            theta[arch.weightOffset(0) + i] = w(i);
            theta[arch.biasOffset(0) + i] = b(i);
            theta[arch.weightOffset(1) + i] = v(i);
        }
        theta[arch.biasOffset(1)] = b0();
        return DeepNetwork.of(arch, theta);
    }

    /** @return {@code f(x)} */
    @Override
    public double value(double x) {
        return ShallowKernels.value(width, parameters, x);
    }

    /** Writes {@code f(x[n])} into {@code out[n]}; {@code out} may alias {@code x}. */
    @Override
    public void values(double[] x, double[] out) {
        ShallowKernels.values(width, parameters, x, out);
    }

    /** @return the loss {@code ½ Σ (f(x_n) − y_n)²} */
    @Override
    public double loss(double[] x, double[] y) {
        return ShallowKernels.loss(width, parameters, x, y);
    }

    private int checkUnit(int i) {
        return Objects.checkIndex(i, width);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShallowNetwork other && width == other.width
                && Arrays.equals(parameters, other.parameters);
    }

    @Override
    public int hashCode() {
        return 31 * width + Arrays.hashCode(parameters);
    }

    @Override
    public String toString() {
        return "ShallowNetwork[H=" + width + ", w=" + Arrays.toString(w()) + ", b=" + Arrays.toString(b())
                + ", v=" + Arrays.toString(v()) + ", b0=" + b0() + "]";
    }
}
