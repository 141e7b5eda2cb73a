package org.splinelens.core.network;

/**
 * Allocation-free kernels for shallow networks over the flat layout of {@link ShallowLayout}.
 * The dense path: O(N·H) per loss-and-gradient evaluation.
 *
 * <p>With {@code e_n = f(x_n) − y_n} and {@code a_{i,n} = [w_i x_n + b_i > 0]} (relu'(0) = 0), the gradient of
 * {@code ℓ = ½ Σ_n e_n²} is
 * {@code ∂ℓ/∂w_i = Σ_n e_n v_i a_{i,n} x_n}, {@code ∂ℓ/∂b_i = Σ_n e_n v_i a_{i,n}},
 * {@code ∂ℓ/∂v_i = Σ_n e_n relu(w_i x_n + b_i)}, {@code ∂ℓ/∂b0 = Σ_n e_n}.
 */
public final class ShallowKernels {
    private ShallowKernels() {
    }

    /** @return {@code f(x) = b0 + Σ v_i relu(w_i x + b_i)} for the flat vector {@code theta} of width {@code h} */
    public static double value(int h, double[] theta, double x) {
        final int bOff = h;
        final int vOff = 2 * h;
        double f = theta[3 * h];
        for (int i = 0; i < h; i++) {
            double z = theta[i] * x + theta[bOff + i];
            if (z > 0) {
                f += theta[vOff + i] * z;
            }
        }
        return f;
    }

    /** Writes {@code f(x[n])} into {@code out[n]}; {@code out} may be {@code x} itself. */
    public static void values(int h, double[] theta, double[] x, double[] out) {
        if (out.length < x.length) {
            throw new IllegalArgumentException("output array shorter than input: " + out.length + " < " + x.length);
        }
        for (int n = 0; n < x.length; n++) {
            out[n] = value(h, theta, x[n]);
        }
    }

    /** @return {@code ½ Σ_n (f(x_n) − y_n)²} */
    public static double loss(int h, double[] theta, double[] x, double[] y) {
        checkData(x, y);
        double loss = 0;
        for (int n = 0; n < x.length; n++) {
            double e = value(h, theta, x[n]) - y[n];
            loss += e * e;
        }
        return 0.5 * loss;
    }

    /**
     * Computes the loss and writes its exact gradient into {@code gradient} (same layout as {@code theta},
     * overwritten). No allocation.
     *
     * @return {@code ½ Σ_n (f(x_n) − y_n)²}
     */
    public static double lossAndGradient(int h, double[] theta, double[] x, double[] y, double[] gradient) {
        checkData(x, y);
        if (gradient.length != theta.length) {
            throw new IllegalArgumentException("gradient length " + gradient.length + " != parameter count "
                    + theta.length);
        }
        final int bOff = h;
        final int vOff = 2 * h;
        final int b0 = 3 * h;
        java.util.Arrays.fill(gradient, 0.0);
        double loss = 0;
        for (int n = 0; n < x.length; n++) {
            final double xn = x[n];
            final double e = value(h, theta, xn) - y[n];
            loss += e * e;
            for (int i = 0; i < h; i++) {
                double z = theta[i] * xn + theta[bOff + i];
                if (z > 0) {
                    double ev = e * theta[vOff + i];
                    gradient[i] += ev * xn;
                    gradient[bOff + i] += ev;
                    gradient[vOff + i] += e * z;
                }
            }
            gradient[b0] += e;
        }
        return 0.5 * loss;
    }

    static void checkData(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " != " + y.length);
        }
    }
}
