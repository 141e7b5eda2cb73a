package org.splinelens.core.deep;

import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;

/**
 * Activation patterns of a deep network and the output slope they imply: on a linear region every hidden unit's
 * gate {@code a_i^{(ℓ)} ∈ {0, 1}} is fixed and {@code f'(x) = W_L D_L W_{L−1} … D_1 W_0} with
 * {@code D_ℓ = diag(a^{(ℓ)})}. Work buffers are allocated once, so an analysis asks for the delta-slopes of all its
 * breakpoints without allocating; not thread-safe.
 */
final class ActivationPatterns {
    private final DeepNetwork network;
    private final DeepArchitecture arch;
    /** The pattern just left of a breakpoint, indexed [hidden layer − 1][unit]. */
    private final boolean[][] before;
    private final double[] values;
    private final double[] next;

    ActivationPatterns(DeepNetwork network) {
        this.network = network;
        this.arch = network.architecture();
        before = new boolean[arch.hiddenLayers()][];
        for (int l = 0; l < before.length; l++) {
            before[l] = new boolean[arch.outputSize(l)];
        }
        int width = Math.max(1, arch.maxWidth());
        values = new double[width];
        next = new double[width];
    }

    /**
     * Fills {@code gates[0 … through]} with the gates {@code [z_i^{(ℓ)}(x) > 0]} at {@code x}, computed as the dense
     * forward pass computes them.
     */
    private void gates(double x, int through, boolean[][] gates) {
        double[] h = values;
        double[] out = next;
        h[0] = x;
        for (int l = 0; l <= through; l++) {
            int nIn = arch.inputSize(l);
            for (int j = 0; j < arch.outputSize(l); j++) {
                double z = network.bias(l, j);
                for (int k = 0; k < nIn; k++) {
                    z += network.weight(l, j, k) * h[k];
                }
                gates[l][j] = z > 0;
                out[j] = gates[l][j] ? z : 0.0;
            }
            double[] swap = h;
            h = out;
            out = swap;
        }
    }

    /** @return the output slope {@code f'} on a region with the given gates */
    private double slope(boolean[][] gates) {
        double[] d = values;
        double[] out = next;
        d[0] = 1.0;
        for (int l = 0; l < arch.layers(); l++) {
            int nIn = arch.inputSize(l);
            for (int j = 0; j < arch.outputSize(l); j++) {
                double s = 0;
                if (l >= gates.length || gates[l][j]) {
                    for (int k = 0; k < nIn; k++) {
                        s += network.weight(l, j, k) * d[k];
                    }
                }
                out[j] = s;
            }
            double[] swap = d;
            d = out;
            out = swap;
        }
        return d[0];
    }

    /**
     * @return the change in output slope when unit {@code (layer, unit)} alone takes its gate at {@code right},
     *         every other unit keeping its gate at {@code left}
     */
    double deltaSlope(double left, double right, int layer, int unit) {
        gates(right, layer, before);
        boolean after = before[layer][unit];
        gates(left, before.length - 1, before);
        if (before[layer][unit] == after) {
            return 0.0;
        }
        double base = slope(before);
        before[layer][unit] = after;
        return slope(before) - base;
    }
}
