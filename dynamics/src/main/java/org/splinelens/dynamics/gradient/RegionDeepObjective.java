package org.splinelens.dynamics.gradient;

import java.util.Arrays;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepKernels;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * The exact full-batch loss and gradient of a deep univariate ReLU net aggregated over its linear regions: the
 * spline lens as an algorithm (docs/REGION_GRADIENT.md).
 *
 * <p>Between consecutive knots of the CPWL function every unit's activation pattern is fixed, so each hidden
 * activation is affine in x, {@code h_k(x) = h_k(x_r) + p_k (x − x_r)}, the output is {@code f(x) = f_r + a_r (x − x_r)}
 * and the backpropagated sensitivity {@code δ_j = ∂f/∂z_j} does not depend on x. Hence
 * <pre>
 *   Σ_{n ∈ r} e_n ∂f(x_n)/∂W_ℓ[j][k] = δ_j (h_k(x_r) S0_r + p_k S1_r),   Σ_{n ∈ r} e_n ∂f(x_n)/∂c_ℓ[j] = δ_j S0_r,
 *   S0_r = Σ_{n ∈ r} e_n,   S1_r = Σ_{n ∈ r} e_n (x_n − x_r):
 * </pre>
 * one forward pass with tangents and one backward pass per region, and O(1) per data point. Per step
 * O(K · Σ H_ℓ H_{ℓ−1} + N) for K regions met by the data, instead of O(N · Σ H_ℓ H_{ℓ−1}).
 *
 * <p>The data are sorted once. A region starts at a data point x_r (its anchor) with a forward pass computed exactly
 * as the dense path computes it, so the anchor's pattern (relu'(0) = 0 included) is the dense one. The region then
 * takes the following points while every pre-activation {@code z_j(x) = z_j(x_r) + dz_j (x − x_r)} keeps its sign
 * with a margin of {@code 1e-11 · S_j}, where {@code S_j} bounds the magnitude of the terms summed into z_j anywhere in
 * the data range while the anchor's pattern holds; inside that margin the rounding of the dense path cannot flip a unit, so every accepted point has
 * the anchor's pattern. A point within the margin of a knot (a point exactly on a knot, say) starts a region of its
 * own, which reproduces the dense convention there. The loss and gradient equal the dense ones up to rounding.
 *
 * <p>Allocation-free per call; not thread-safe. Full batch only: the data are copied and sorted at construction.
 */
public final class RegionDeepObjective implements Objective {
    /** Relative sign margin; the dense path's rounding in z is a few ε times the term magnitude S_j. */
    private static final double MARGIN = 1e-11;

    private final DeepArchitecture architecture;
    private final double[] x;
    private final double[] y;
    private final double reach;
    /** values[ℓ]: inputs of affine layer ℓ at the anchor (ℓ = 0: x_r; hidden: after relu). */
    private final double[][] values;
    /** slopes[ℓ]: d values[ℓ] / dx on the region. */
    private final double[][] slopes;
    /** scales[ℓ]: bounds on |values[ℓ]|-weighted term magnitudes over the data range. */
    private final double[][] scales;
    /** pre[ℓ], preSlopes[ℓ], preScales[ℓ]: pre-activations of affine layer ℓ's outputs at the anchor. */
    private final double[][] pre;
    private final double[][] preSlopes;
    private final double[][] preScales;
    private final double[][] deltas;
    private final double[] moments;
    /** ends[r]: one past the last sorted data index of region r in the last evaluation. */
    private final int[] ends;
    private int regions;

    public RegionDeepObjective(DeepArchitecture architecture, double[] x, double[] y) {
        this.architecture = architecture;
        Dataset sorted = new Dataset(x.clone(), y.clone()).sortedByX();
        this.x = sorted.x();
        this.y = sorted.y();
        double most = 0;
        for (double v : this.x) {
            most = Math.max(most, Math.abs(v));
        }
        reach = most;
        int layers = architecture.layers();
        values = new double[layers][];
        slopes = new double[layers][];
        scales = new double[layers][];
        pre = new double[layers][];
        preSlopes = new double[layers][];
        preScales = new double[layers][];
        deltas = new double[layers][];
        for (int l = 0; l < layers; l++) {
            values[l] = new double[architecture.inputSize(l)];
            slopes[l] = new double[architecture.inputSize(l)];
            scales[l] = new double[architecture.inputSize(l)];
            pre[l] = new double[architecture.outputSize(l)];
            preSlopes[l] = new double[architecture.outputSize(l)];
            preScales[l] = new double[architecture.outputSize(l)];
            deltas[l] = new double[architecture.outputSize(l)];
        }
        moments = new double[architecture.maxWidth()];
        ends = new int[this.x.length];
    }

    @Override
    public int parameterCount() {
        return architecture.parameterCount();
    }

    @Override
    public int size() {
        return x.length;
    }

    /** @return the number of regions (forward and backward passes) of the last evaluation */
    public int regions() {
        return regions;
    }

    /**
     * @return one past the index, in the data sorted by x (stably), of the last point of region {@code region} of the
     *         last evaluation; region r holds the sorted points from {@code regionEnd(r − 1)} (0 for r = 0)
     */
    int regionEnd(int region) {
        if (region < 0 || region >= regions) {
            throw new IndexOutOfBoundsException("region " + region + " not in 0.." + (regions - 1));
        }
        return ends[region];
    }

    @Override
    public double loss(double[] theta) {
        return evaluate(theta, null);
    }

    @Override
    public double lossAndGradient(double[] theta, double[] gradient) {
        if (gradient.length != theta.length) {
            throw new IllegalArgumentException("gradient length " + gradient.length + " != parameter count "
                    + theta.length);
        }
        Arrays.fill(gradient, 0.0);
        return evaluate(theta, gradient);
    }

    @Override
    public UnivariateNetwork network(double[] theta) {
        return DeepNetwork.of(architecture, theta);
    }

    private double evaluate(double[] theta, double[] gradient) {
        if (theta.length != architecture.parameterCount()) {
            throw new IllegalArgumentException("expected " + architecture.parameterCount() + " parameters, got "
                    + theta.length);
        }
        int top = architecture.layers() - 1;
        double loss = 0;
        int count = 0;
        int n = 0;
        while (n < x.length) {
            double anchor = x[n];
            double end = forward(theta, anchor);
            double f0 = pre[top][0];
            double a = preSlopes[top][0];
            double s0 = 0;
            double s1 = 0;
            do {
                double u = x[n] - anchor;
                double e = f0 + a * u - y[n];
                loss += e * e;
                s0 += e;
                s1 += e * u;
                n++;
            } while (n < x.length && (x[n] == anchor || x[n] < end));
            if (gradient != null) {
                backward(theta, s0, s1, gradient);
            }
            ends[count] = n;
            count++;
        }
        regions = count;
        return 0.5 * loss;
    }

    /**
     * The forward pass at {@code anchor} with tangents and term scales.
     *
     * @return the right end of the anchor's region: points below it keep the anchor's pattern
     */
    private double forward(double[] theta, double anchor) {
        int layers = architecture.layers();
        values[0][0] = anchor;
        slopes[0][0] = 1;
        scales[0][0] = reach;
        double end = Double.POSITIVE_INFINITY;
        for (int l = 0; l < layers; l++) {
            double[] in = values[l];
            double[] inSlope = slopes[l];
            double[] inScale = scales[l];
            int nIn = architecture.inputSize(l);
            int nOut = architecture.outputSize(l);
            int wOff = architecture.weightOffset(l);
            int bOff = architecture.biasOffset(l);
            boolean hidden = l < layers - 1;
            double[] z = pre[l];
            double[] dz = preSlopes[l];
            double[] sz = preScales[l];
            for (int j = 0; j < nOut; j++) {
                // the same summation order as core's DeepKernels, so the anchor's pattern is the dense one
                double value = theta[bOff + j];
                double slope = 0;
                double scale = Math.abs(value);
                int row = wOff + j * nIn;
                for (int k = 0; k < nIn; k++) {
                    double w = theta[row + k];
                    value += w * in[k];
                    slope += w * inSlope[k];
                    scale += Math.abs(w) * inScale[k];
                }
                z[j] = value;
                dz[j] = slope;
                sz[j] = scale;
                if (hidden) {
                    end = Math.min(end, signHolds(anchor, value, slope, MARGIN * scale));
                    boolean active = !(value <= 0); // as the dense path: a NaN passes on and shows in the loss
                    values[l + 1][j] = active ? value : 0;
                    slopes[l + 1][j] = active ? slope : 0;
                    scales[l + 1][j] = active ? scale : 0;
                }
            }
        }
        return end;
    }

    /** @return the end of the interval right of {@code anchor} where {@code z + dz (x − anchor)} keeps its sign */
    private static double signHolds(double anchor, double z, double dz, double margin) {
        if (z > 0) {
            if (z <= margin) {
                return anchor;
            }
            return dz < 0 ? anchor + (z - margin) / -dz : Double.POSITIVE_INFINITY;
        }
        if (margin == 0) {
            return Double.POSITIVE_INFINITY; // no terms: z is exactly zero wherever this pattern holds
        }
        if (z >= -margin) {
            return anchor;
        }
        return dz > 0 ? anchor + (-margin - z) / dz : Double.POSITIVE_INFINITY;
    }

    /** Adds the region's gradient {@code Σ_n e_n ∂f(x_n)/∂θ} from its residual moments. */
    private void backward(double[] theta, double s0, double s1, double[] gradient) {
        int layers = architecture.layers();
        deltas[layers - 1][0] = 1;
        for (int l = layers - 1; l >= 0; l--) {
            double[] delta = deltas[l];
            double[] in = values[l];
            double[] inSlope = slopes[l];
            for (int k = 0; k < architecture.inputSize(l); k++) {
                moments[k] = in[k] * s0 + inSlope[k] * s1;
            }
            DeepKernels.addLayerGradient(architecture, l, delta, moments, s0, gradient);
            if (l > 0) {
                DeepKernels.propagate(architecture, theta, l, delta, in, deltas[l - 1]);
            }
        }
    }
}
