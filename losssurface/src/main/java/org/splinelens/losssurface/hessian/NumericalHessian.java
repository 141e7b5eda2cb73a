package org.splinelens.losssurface.hessian;

import org.ejml.data.DMatrixRMaj;
import org.splinelens.core.network.DeepKernels;
import org.splinelens.core.network.DeepNetwork;

/**
 * A <em>numerical</em> Hessian for deep networks: central differences of the exact backpropagated gradient,
 * {@code H[·][k] ≈ (∇ℓ(θ + h_k e_k) − ∇ℓ(θ − h_k e_k)) / (2 h_k)} with {@code h_k = 10⁻⁵ max(1, |θ_k|)}, then
 * symmetrised. Error O(h²) away from kinks (no pre-activation within {@code h_k}-reach of zero at a data point);
 * meaningless across one.
 */
public final class NumericalHessian {
    private static final double RELATIVE_STEP = 1e-5;

    private NumericalHessian() {
    }

    /** @return the symmetrised central-difference Hessian in the network's flat parameter layout */
    public static DMatrixRMaj of(DeepNetwork network, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " != " + y.length);
        }
        DeepKernels kernels = new DeepKernels(network.architecture());
        double[] theta = network.parameters();
        int p = theta.length;
        double[] plus = new double[p];
        double[] minus = new double[p];
        DMatrixRMaj hessian = new DMatrixRMaj(p, p);
        for (int k = 0; k < p; k++) {
            double original = theta[k];
            double step = RELATIVE_STEP * Math.max(1, Math.abs(original));
            theta[k] = original + step;
            kernels.lossAndGradient(theta, x, y, plus);
            theta[k] = original - step;
            kernels.lossAndGradient(theta, x, y, minus);
            theta[k] = original;
            for (int j = 0; j < p; j++) {
                hessian.set(j, k, (plus[j] - minus[j]) / (2 * step));
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = j + 1; k < p; k++) {
                double mean = 0.5 * (hessian.get(j, k) + hessian.get(k, j));
                hessian.set(j, k, mean);
                hessian.set(k, j, mean);
            }
        }
        return hessian;
    }
}
