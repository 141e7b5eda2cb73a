package org.splinelens.losssurface.critical;

import java.util.Arrays;

import org.splinelens.core.network.DeepKernels;
import org.splinelens.core.network.DeepNetwork;

/**
 * Whether θ is a critical point of {@code ℓ = ½ Σ_n e_n²}, decided against the rounding of the gradient's own terms:
 * θ is critical when {@code ‖∇ℓ‖_∞ <= 1e-9 · max_k Σ_n |e_n ∂f(x_n)/∂θ_k|} (so a zero-loss fit is critical and a
 * gradient that merely looks small beside large weights is not).
 *
 * @param gradientNorm {@code ‖∇ℓ(θ)‖₂}, exact (backpropagation)
 * @param critical     the test above
 */
public record Criticality(double gradientNorm, boolean critical) {
    private static final double TOLERANCE = 1e-9;

    /** @return the criticality of any univariate network (a shallow one through {@code asDeep}, same layout) */
    public static Criticality of(DeepNetwork network, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " != " + y.length);
        }
        DeepKernels kernels = new DeepKernels(network.architecture());
        double[] theta = network.parameters();
        int p = theta.length;
        double[] gradient = new double[p];
        double[] term = new double[p];
        double[] termScale = new double[p];
        for (int n = 0; n < x.length; n++) {
            double e = kernels.value(theta, x[n]) - y[n];
            Arrays.fill(term, 0.0);
            kernels.accumulateGradient(theta, e, term);
            for (int k = 0; k < p; k++) {
                gradient[k] += term[k];
                termScale[k] += Math.abs(term[k]);
            }
        }
        double norm = 0;
        double largest = 0;
        double scale = 0;
        for (int k = 0; k < p; k++) {
            norm += gradient[k] * gradient[k];
            largest = Math.max(largest, Math.abs(gradient[k]));
            scale = Math.max(scale, termScale[k]);
        }
        return new Criticality(Math.sqrt(norm), largest <= TOLERANCE * scale);
    }
}
