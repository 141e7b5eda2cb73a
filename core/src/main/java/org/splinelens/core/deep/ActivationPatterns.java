package org.splinelens.core.deep;

import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;

/**
 * Activation patterns of a deep network and the output slope they imply: on a linear region every hidden unit's
 * gate {@code a_i^{(ℓ)} ∈ {0, 1}} is fixed and {@code f'(x) = W_L D_L W_{L−1} … D_1 W_0} with
 * {@code D_ℓ = diag(a^{(ℓ)})}.
 */
final class ActivationPatterns {
    private final DeepNetwork network;
    private final DeepArchitecture arch;

    ActivationPatterns(DeepNetwork network) {
        this.network = network;
        this.arch = network.architecture();
    }

    /** @return the gates {@code [z_i^{(ℓ)}(x) > 0]} at {@code x}, indexed [hidden layer − 1][unit] */
    boolean[][] gates(double x) {
        int hidden = arch.hiddenLayers();
        boolean[][] gates = new boolean[hidden][];
        double[] h = {x};
        for (int l = 0; l < hidden; l++) {
            int nOut = arch.outputSize(l);
            double[] next = new double[nOut];
            gates[l] = new boolean[nOut];
            for (int j = 0; j < nOut; j++) {
                double z = network.bias(l, j);
                for (int k = 0; k < h.length; k++) {
                    z += network.weight(l, j, k) * h[k];
                }
                gates[l][j] = z > 0;
                next[j] = gates[l][j] ? z : 0.0;
            }
            h = next;
        }
        return gates;
    }

    /** @return the output slope {@code f'} on a region with the given gates */
    double slope(boolean[][] gates) {
        double[] d = {1.0};
        for (int l = 0; l < arch.layers(); l++) {
            int nOut = arch.outputSize(l);
            double[] next = new double[nOut];
            for (int j = 0; j < nOut; j++) {
                if (l < gates.length && !gates[l][j]) {
                    continue;
                }
                double s = 0;
                for (int k = 0; k < d.length; k++) {
                    s += network.weight(l, j, k) * d[k];
                }
                next[j] = s;
            }
            d = next;
        }
        return d[0];
    }

    /**
     * @return the change in output slope when unit {@code (layer, unit)} alone takes its gate at {@code right},
     *         every other unit keeping its gate at {@code left}
     */
    double deltaSlope(double left, double right, int layer, int unit) {
        boolean[][] before = gates(left);
        boolean after = gates(right)[layer][unit];
        if (before[layer][unit] == after) {
            return 0.0;
        }
        double base = slope(before);
        before[layer][unit] = after;
        return slope(before) - base;
    }
}
