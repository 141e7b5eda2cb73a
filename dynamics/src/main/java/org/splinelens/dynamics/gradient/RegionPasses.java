package org.splinelens.dynamics.gradient;

import java.util.Arrays;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepKernels;

/**
 * The forward pass with tangents and the backward pass of one linear region for {@link RegionDeepObjective}, taking
 * the regions in order along the sorted data and reusing what the previous region computed.
 *
 * <p>Forward, at the anchor x_r: each layer's {@code z_j(x_r) = c_j + Σ_k W_jk h_k(x_r)} is summed with k ascending,
 * the dense path's order, but input by input over θ transposed once per evaluation ({@code z += W[·][k] h_k}: updates
 * independent across j instead of one dependent chain per unit), and over the active inputs only: an inactive input
 * adds {@code w · 0 = ±0}, which changes no sum but a zero's sign, when θ is finite (otherwise every input is summed,
 * so NaN and ∞ propagate as on the dense path). The tangents {@code dz_j = Σ_k W_jk p_k} and term scales
 * {@code S_j = |c_j| + Σ_k |W_jk| S_k} of a layer depend only on θ and the patterns of the layers below it, so they
 * are recomputed only from the lowest layer whose pattern differs from the previous region's; everything the region
 * bound {@code min_j q_j} is made of is then the same double as a fresh pass gives.
 *
 * <p>Backward: the sensitivities {@code δ_ℓ = ∂f/∂z} of affine layer ℓ's outputs depend only on θ and the patterns
 * of the hidden layers above it, so they are propagated only below the highest changed layer. While δ_ℓ stays,
 * {@code Σ_r δ_j (h_k(x_r) S0_r + p_k S1_r) = δ_j Σ_r (h_k(x_r) S0_r + p_k S1_r)}: the layer's input moments are
 * summed over regions and added to the gradient as one outer product when δ_ℓ changes or the evaluation ends.
 *
 * <p>Allocation-free; not thread-safe.
 */
final class RegionPasses {
    /** Relative sign margin; the dense path's rounding in z is a few ε times the term magnitude S_j. */
    static final double MARGIN = 1e-11;

    private final DeepArchitecture architecture;
    /** The output layer's index L: affine layers 0 … L − 1 are hidden, their outputs are hidden layers 1 … L. */
    private final int top;
    /** columns[ℓ][k · n_out + j] = W_ℓ[j][k], and magnitudes[ℓ] its absolute values: θ by input, per evaluation. */
    private final double[][] columns;
    private final double[][] magnitudes;
    /** sums[ℓ]: the pre-activations z of affine layer ℓ's outputs at the anchor. */
    private final double[][] sums;
    /** values[ℓ]: inputs of affine layer ℓ at the anchor (ℓ = 0: x_r; hidden: after relu). */
    private final double[][] values;
    /** slopes[ℓ]: d values[ℓ] / dx on the region. */
    private final double[][] slopes;
    /** scales[ℓ]: bounds on the magnitude of the terms summed into values[ℓ] over the data range. */
    private final double[][] scales;
    /** preSlopes[ℓ], preScales[ℓ]: dz and S of every output of affine layer ℓ, active or not. */
    private final double[][] preSlopes;
    private final double[][] preScales;
    /** pattern[ℓ][j]: output j of hidden affine layer ℓ is active at the anchor ({@code !(z <= 0)}). */
    private final boolean[][] pattern;
    /** inputs[ℓ][0 … inputCount[ℓ]): the inputs of affine layer ℓ its sums take, ascending. */
    private final int[][] inputs;
    private final int[] inputCount;
    private final double[][] deltas;
    /** pending[ℓ], pendingBias[ℓ]: input moments and Σ S0 of the regions since deltas[ℓ] last changed. */
    private final double[][] pending;
    private final double[] pendingBias;
    private final boolean[] hasPending;
    private boolean skipInactive;
    /** Whether the buffers hold the previous region of this evaluation. */
    private boolean resumable;
    /** The highest hidden layer whose pattern differs from the previous region's; 0 if none. */
    private int highest;
    private double output;
    private double outputSlope;

    RegionPasses(DeepArchitecture architecture, double reach) {
        this.architecture = architecture;
        top = architecture.layers() - 1;
        columns = new double[top + 1][];
        magnitudes = new double[top + 1][];
        sums = new double[top + 1][];
        values = new double[top + 1][];
        slopes = new double[top + 1][];
        scales = new double[top + 1][];
        preSlopes = new double[top + 1][];
        preScales = new double[top + 1][];
        pattern = new boolean[top][];
        inputs = new int[top + 1][];
        inputCount = new int[top + 1];
        deltas = new double[top + 1][];
        pending = new double[top + 1][];
        pendingBias = new double[top + 1];
        hasPending = new boolean[top + 1];
        for (int l = 0; l <= top; l++) {
            int nIn = architecture.inputSize(l);
            int nOut = architecture.outputSize(l);
            columns[l] = new double[nIn * nOut];
            magnitudes[l] = new double[nIn * nOut];
            sums[l] = new double[nOut];
            values[l] = new double[nIn];
            slopes[l] = new double[nIn];
            scales[l] = new double[nIn];
            preSlopes[l] = new double[nOut];
            preScales[l] = new double[nOut];
            inputs[l] = new int[nIn];
            deltas[l] = new double[nOut];
            pending[l] = new double[nIn];
            if (l < top) {
                pattern[l] = new boolean[nOut];
            }
        }
        slopes[0][0] = 1;
        scales[0][0] = reach;
        inputCount[0] = 1;
        deltas[top][0] = 1;
    }

    /** Starts an evaluation at θ: transposes its weights; nothing is reused from the previous evaluation. */
    void begin(double[] theta) {
        boolean finite = true;
        for (int l = 0; l <= top; l++) {
            int nIn = architecture.inputSize(l);
            int nOut = architecture.outputSize(l);
            int wOff = architecture.weightOffset(l);
            int bOff = architecture.biasOffset(l);
            double[] column = columns[l];
            double[] magnitude = magnitudes[l];
            for (int j = 0; j < nOut; j++) {
                for (int k = 0; k < nIn; k++) {
                    double w = theta[wOff + j * nIn + k];
                    finite &= Double.isFinite(w);
                    column[k * nOut + j] = w;
                    magnitude[k * nOut + j] = Math.abs(w);
                }
                finite &= Double.isFinite(theta[bOff + j]);
            }
            Arrays.fill(pending[l], 0.0);
            pendingBias[l] = 0;
            hasPending[l] = false;
        }
        skipInactive = finite;
        resumable = false;
    }

    /** @return f at the last anchor */
    double output() {
        return output;
    }

    /** @return df/dx on the last anchor's region */
    double outputSlope() {
        return outputSlope;
    }

    /**
     * The forward pass at {@code anchor}: values, and tangents and scales above the lowest changed pattern.
     *
     * @return the right end of the anchor's region, {@code x_r + min_j q_j}, where {@code q_j} is how far right of
     *         x_r unit j keeps its sign with its margin ({@code x_r + min_j q_j = min_j (x_r + q_j)} exactly, rounding
     *         being monotone)
     */
    double forward(double[] theta, double anchor) {
        values[0][0] = anchor;
        boolean tangentsCurrent = resumable;
        highest = resumable ? 0 : top;
        double room = Double.POSITIVE_INFINITY;
        for (int l = 0; l < top; l++) {
            if (!tangentsCurrent) {
                tangents(theta, l);
            }
            int nOut = architecture.outputSize(l);
            double[] in = values[l];
            double[] dz = preSlopes[l];
            double[] sz = preScales[l];
            double[] out = values[l + 1];
            double[] outSlope = slopes[l + 1];
            double[] outScale = scales[l + 1];
            boolean[] on = pattern[l];
            int[] next = inputs[l + 1];
            int nextCount = 0;
            boolean changed = false;
            double[] z = sums[l];
            accumulate(theta, l, in, z);
            for (int j = 0; j < nOut; j++) {
                room = Math.min(room, signHolds(z[j], dz[j], MARGIN * sz[j]));
                boolean active = !(z[j] <= 0); // as the dense path: a NaN passes on and shows in the loss
                changed |= active != on[j];
                on[j] = active;
                out[j] = active ? z[j] : 0;
                outSlope[j] = active ? dz[j] : 0;
                outScale[j] = active ? sz[j] : 0;
                next[nextCount] = j;
                nextCount += active || !skipInactive ? 1 : 0;
            }
            inputCount[l + 1] = nextCount;
            if (changed) {
                tangentsCurrent = false;
                highest = Math.max(highest, l + 1);
            }
        }
        if (!tangentsCurrent) {
            tangents(theta, top);
        }
        accumulate(theta, top, values[top], sums[top]);
        double f = sums[top][0];
        output = f;
        outputSlope = preSlopes[top][0];
        resumable = true;
        return anchor + room;
    }

    /**
     * Writes {@code z = c + Σ_k W[·][k] in_k} of affine layer {@code l}'s outputs into {@code z}, the summed inputs in
     * ascending order: each output's sum in the dense path's order.
     */
    private void accumulate(double[] theta, int l, double[] in, double[] z) {
        int nOut = architecture.outputSize(l);
        System.arraycopy(theta, architecture.biasOffset(l), z, 0, nOut);
        double[] column = columns[l];
        int[] used = inputs[l];
        int count = inputCount[l];
        for (int i = 0; i < count; i++) {
            int k = used[i];
            double h = in[k];
            int offset = k * nOut;
            for (int j = 0; j < nOut; j++) {
                z[j] += column[offset + j] * h;
            }
        }
    }

    /** Writes dz and S of affine layer {@code l}'s outputs, each summed in the dense path's order. */
    private void tangents(double[] theta, int l) {
        int nOut = architecture.outputSize(l);
        int bOff = architecture.biasOffset(l);
        double[] dz = preSlopes[l];
        double[] sz = preScales[l];
        for (int j = 0; j < nOut; j++) {
            dz[j] = 0;
            sz[j] = Math.abs(theta[bOff + j]);
        }
        double[] column = columns[l];
        double[] magnitude = magnitudes[l];
        double[] inSlope = slopes[l];
        double[] inScale = scales[l];
        int[] used = inputs[l];
        int count = inputCount[l];
        for (int i = 0; i < count; i++) {
            int k = used[i];
            double p = inSlope[k];
            double s = inScale[k];
            int offset = k * nOut;
            for (int j = 0; j < nOut; j++) {
                dz[j] += column[offset + j] * p;
                sz[j] += magnitude[offset + j] * s;
            }
        }
    }

    /**
     * @return how far right of the anchor {@code z + dz (x − x_r)} keeps the sign of z by more than {@code margin}:
     *         0 within the margin, ∞ if it does not move toward zero
     */
    private static double signHolds(double z, double dz, double margin) {
        if (z > 0) {
            if (z <= margin) {
                return 0;
            }
            return dz < 0 ? (z - margin) / -dz : Double.POSITIVE_INFINITY;
        }
        if (margin == 0) {
            return Double.POSITIVE_INFINITY; // no terms: z is exactly zero wherever this pattern holds
        }
        if (z >= -margin) {
            return 0;
        }
        return dz > 0 ? (-margin - z) / dz : Double.POSITIVE_INFINITY;
    }

    /**
     * The backward pass of the last anchor's region with residual moments {@code s0 = Σ e_n},
     * {@code s1 = Σ e_n (x_n − x_r)}: δ below the highest changed pattern, and the region's input moments
     * {@code h_k(x_r) s0 + p_k s1} added to each layer's pending sum.
     */
    void backward(double[] theta, double s0, double s1, double[] gradient) {
        for (int l = top; l >= 0; l--) {
            if (l < highest) { // δ_ℓ depends on the patterns of hidden layers ℓ + 1 … L
                flush(l, gradient);
                DeepKernels.propagate(architecture, theta, l + 1, deltas[l + 1], values[l + 1], deltas[l]);
            }
            double[] in = values[l];
            double[] inSlope = slopes[l];
            double[] moments = pending[l];
            for (int k = 0; k < moments.length; k++) {
                moments[k] += in[k] * s0 + inSlope[k] * s1;
            }
            pendingBias[l] += s0;
            hasPending[l] = true;
        }
    }

    /** Adds every pending sum to the gradient: the end of an evaluation. */
    void finish(double[] gradient) {
        for (int l = 0; l <= top; l++) {
            flush(l, gradient);
        }
    }

    private void flush(int l, double[] gradient) {
        if (hasPending[l]) {
            DeepKernels.addLayerGradient(architecture, l, deltas[l], pending[l], pendingBias[l], gradient);
            Arrays.fill(pending[l], 0.0);
            pendingBias[l] = 0;
            hasPending[l] = false;
        }
    }
}
