package org.splinelens.losssurface.critical;

import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepKernels;
import org.splinelens.core.network.DeepNetwork;

/**
 * The rounding scale of the computed gradient of {@code ℓ = ½ Σ_n e_n²}, {@code e_n = f(x_n) − y_n}, as
 * {@link DeepKernels} computes it (forward pass, backpropagation, sum over the data), so that "the gradient is zero"
 * can be judged against what rounding alone can leave.
 *
 * <p>Error analysis (first order in the unit roundoff {@code u = 2⁻⁵³}; Higham, <i>Accuracy and Stability of
 * Numerical Algorithms</i>, §3.5: {@code |fl(W h + c) − (W h + c)| <= γ_{n+1} (|W| |h| + |c|)} for {@code n}
 * inputs, {@code γ_n = n u / (1 − n u)}). Run the network on {@code |θ|} and {@code |x|} with the activation pattern
 * of the real pass: {@code a_0 = |x|}, {@code a_{ℓ+1} = [z_ℓ > 0] (|W_ℓ| a_ℓ + |c_ℓ|)}, and call the output
 * {@code F_n >= |f(x_n)|}; backpropagating {@code 1} through {@code |W_ℓ|ᵀ} on the same pattern gives
 * {@code |J|_{nk} >= |∂f(x_n)/∂θ_k|}. Layer by layer the errors add up to
 * <pre>
 *   |f̂_n − f_n| ≤ d u F_n,               d  = Σ_ℓ (n_ℓ + 1)          (fan-ins of the affine layers, plus the bias),
 *   |Ĵ_nk − J_nk| ≤ (d + d') u |J|_nk,   d' = Σ_ℓ m_ℓ               (fan-outs, summed in backpropagation),
 *   |ê_n − e_n| ≤ (d + 1) u (F_n + |y_n|),
 * </pre>
 * and the sum over the N points adds {@code γ_N Σ_n |ê_n Ĵ_nk|}; with {@code |e_n| <= F_n + |y_n|},
 * <pre>
 *   |ĝ_k − g_k| ≤ c u S_k,   S_k = Σ_n (F_n + |y_n|) |J|_nk,   c = 2d + d' + N + 2.
 * </pre>
 * A global minimum with zero loss has {@code g = 0}, so its computed gradient lies within this bound however small
 * the residuals are; {@link #tolerance} doubles {@code c u} to cover the second-order terms.
 */
public final class GradientRounding {
    private final DeepArchitecture architecture;
    private final double[] theta;
    private final double[] magnitudes;
    /** a_ℓ of the last {@link #outputMagnitude} call, ℓ = 0 … L (a_0 = |x|). */
    private final double[][] absActivations;
    /** h_ℓ of the real pass, ℓ = 0 … L, for the activation pattern. */
    private final double[][] activations;
    private final double[][] deltas;

    public GradientRounding(DeepNetwork network) {
        this.architecture = network.architecture();
        this.theta = network.parameters();
        this.magnitudes = new double[theta.length];
        for (int k = 0; k < theta.length; k++) {
            magnitudes[k] = Math.abs(theta[k]);
        }
        int layers = architecture.layers();
        absActivations = new double[layers][];
        activations = new double[layers][];
        deltas = new double[layers][];
        for (int l = 0; l < layers; l++) {
            absActivations[l] = new double[architecture.inputSize(l)];
            activations[l] = new double[architecture.inputSize(l)];
            deltas[l] = new double[architecture.outputSize(l)];
        }
    }

    /**
     * @return {@code 2 c u}, the relative rounding tolerance of a gradient over {@code points} data points (see the
     * class comment)
     */
    public static double tolerance(DeepArchitecture architecture, int points) {
        long fanIns = 0;
        long fanOuts = 0;
        for (int l = 0; l < architecture.layers(); l++) {
            fanIns += architecture.inputSize(l) + 1;
            fanOuts += architecture.outputSize(l);
        }
        return 2.0 * (2 * fanIns + fanOuts + points + 2) * 0x1p-53;
    }

    /**
     * @return {@code F(x)}, the output of the absolute-value pass on the real pass's activation pattern; leaves
     * {@code a_ℓ} for {@link #accumulate}
     */
    public double outputMagnitude(double x) {
        int layers = architecture.layers();
        activations[0][0] = x;
        absActivations[0][0] = Math.abs(x);
        double output = 0;
        for (int l = 0; l < layers; l++) {
            int nIn = architecture.inputSize(l);
            int nOut = architecture.outputSize(l);
            int wOff = architecture.weightOffset(l);
            int bOff = architecture.biasOffset(l);
            boolean hidden = l < layers - 1;
            double[] in = activations[l];
            for (int j = 0; j < nOut; j++) {
                // the real pre-activation in DeepKernels.value's order, so the pattern is the one it sees
                double z = theta[bOff + j];
                double a = magnitudes[bOff + j];
                int row = wOff + j * nIn;
                for (int k = 0; k < nIn; k++) {
                    z += theta[row + k] * in[k];
                    a += magnitudes[row + k] * absActivations[l][k];
                }
                if (hidden) {
                    activations[l + 1][j] = z <= 0 ? 0.0 : z;
                    absActivations[l + 1][j] = z <= 0 ? 0.0 : a;
                } else {
                    output = a;
                }
            }
        }
        return output;
    }

    /**
     * Adds {@code scale · |J|(x)} to {@code bound}, at the input of the last {@link #outputMagnitude} call: the
     * absolute-value backpropagation, {@code δ_L = scale}, {@code δ_ℓ = [a_ℓ > 0] |W_ℓ|ᵀ δ_{ℓ+1}}.
     */
    public void accumulate(double scale, double[] bound) {
        int layers = architecture.layers();
        deltas[layers - 1][0] = scale;
        for (int l = layers - 1; l >= 0; l--) {
            DeepKernels.addLayerGradient(architecture, l, deltas[l], absActivations[l], 1, bound);
            if (l > 0) {
                // a_ℓ > 0 exactly where the unit is active: a >= |z| > 0 there, and a_ℓ = 0 elsewhere
                DeepKernels.propagate(architecture, magnitudes, l, deltas[l], absActivations[l], deltas[l - 1]);
            }
        }
    }
}
