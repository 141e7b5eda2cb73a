package org.splinelens.losssurface.critical;

import org.splinelens.core.network.DeepKernels;
import org.splinelens.core.network.DeepNetwork;

/**
 * Whether θ is a critical point of {@code ℓ = ½ Σ_n e_n²}, decided against the rounding of the loss's own computation
 * ({@link GradientRounding}): θ is critical when every computed gradient component is within what rounding alone can
 * leave of zero,
 * <pre>
 *   |ĝ_k| ≤ τ S_k   for all k,   S_k = Σ_n (F_n + |y_n|) |J|_nk,   τ = {@link GradientRounding#tolerance}.
 * </pre>
 * The scale is that of the values {@code f_n} and {@code y_n} that are subtracted, not of the residuals {@code e_n}:
 * at an exact interpolant the residuals are themselves rounding noise, and a test relative to them (the old
 * {@code |g| <= 1e-9 Σ |e J|}) called a global minimum not critical.
 *
 * @param gradientNorm {@code ‖∇ℓ(θ)‖₂}, exact up to rounding (backpropagation)
 * @param roundingRatio {@code max_k |ĝ_k| / (τ S_k)}, the gradient in units of its rounding bound (0/0 = 0, a
 *                      non-zero component over a zero bound is ∞, a non-finite gradient NaN)
 * @param critical     {@code roundingRatio <= 1}
 */
public record Criticality(double gradientNorm, double roundingRatio, boolean critical) {

    /** @return the criticality of any univariate network (a shallow one through {@code asDeep}, same layout) */
    public static Criticality of(DeepNetwork network, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " != " + y.length);
        }
        DeepKernels kernels = new DeepKernels(network.architecture());
        GradientRounding rounding = new GradientRounding(network);
        double[] theta = network.parameters();
        int p = theta.length;
        double[] gradient = new double[p];
        double[] scale = new double[p];
        for (int n = 0; n < x.length; n++) {
            double e = kernels.value(theta, x[n]) - y[n];
            kernels.accumulateGradient(theta, e, gradient);
            rounding.accumulate(rounding.outputMagnitude(x[n]) + Math.abs(y[n]), scale);
        }
        double tolerance = GradientRounding.tolerance(network.architecture(), x.length);
        double norm = 0;
        double ratio = 0;
        boolean finite = true;
        for (int k = 0; k < p; k++) {
            norm += gradient[k] * gradient[k];
            double g = Math.abs(gradient[k]);
            double bound = tolerance * scale[k];
            // the gradient or its scale overflowed: nothing can be judged
            finite &= g <= Double.MAX_VALUE && bound <= Double.MAX_VALUE;
            if (g > 0) {
                ratio = Math.max(ratio, bound == 0 ? Double.POSITIVE_INFINITY : g / bound);
            }
        }
        ratio = finite ? ratio : Double.NaN;
        return new Criticality(Math.sqrt(norm), ratio, ratio <= 1);
    }
}
