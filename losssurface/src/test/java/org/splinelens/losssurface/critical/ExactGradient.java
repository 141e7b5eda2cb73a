package org.splinelens.losssurface.critical;

import java.math.BigDecimal;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;

/**
 * The forward pass and the gradient of {@code ℓ = ½ Σ (f(x_n) − y_n)²} in exact decimal arithmetic (sums and products
 * of doubles are exact in {@link BigDecimal}), an oracle independent of the double-precision kernels. relu'(0) = 0.
 */
final class ExactGradient {
    private ExactGradient() {
    }

    /** @return {@code f(x)} exactly, then rounded once to the nearest double */
    static double value(DeepNetwork network, double x) {
        return forward(network, x)[network.architecture().layers()][0].doubleValue();
    }

    /** @return the exact gradient, each component rounded once to the nearest double */
    static double[] gradient(DeepNetwork network, double[] x, double[] y) {
        DeepArchitecture arch = network.architecture();
        double[] theta = network.parameters();
        BigDecimal[] g = new BigDecimal[theta.length];
        java.util.Arrays.fill(g, BigDecimal.ZERO);
        int layers = arch.layers();
        for (int n = 0; n < x.length; n++) {
            BigDecimal[][] h = forward(network, x[n]);
            BigDecimal[] delta = {h[layers][0].subtract(new BigDecimal(y[n]))};
            for (int l = layers - 1; l >= 0; l--) {
                int nIn = arch.inputSize(l);
                for (int j = 0; j < delta.length; j++) {
                    for (int k = 0; k < nIn; k++) {
                        int at = arch.weightOffset(l) + j * nIn + k;
                        g[at] = g[at].add(delta[j].multiply(h[l][k]));
                    }
                    int at = arch.biasOffset(l) + j;
                    g[at] = g[at].add(delta[j]);
                }
                if (l > 0) {
                    BigDecimal[] below = new BigDecimal[nIn];
                    for (int k = 0; k < nIn; k++) {
                        BigDecimal s = BigDecimal.ZERO;
                        if (h[l][k].signum() > 0) {
                            for (int j = 0; j < delta.length; j++) {
                                s = s.add(new BigDecimal(theta[arch.weightOffset(l) + j * nIn + k]).multiply(delta[j]));
                            }
                        }
                        below[k] = s;
                    }
                    delta = below;
                }
            }
        }
        double[] out = new double[g.length];
        for (int k = 0; k < g.length; k++) {
            out[k] = g[k].doubleValue();
        }
        return out;
    }

    /** @return {@code h_0 = x, h_1, …, h_L, f} exactly (hidden layers after relu) */
    private static BigDecimal[][] forward(DeepNetwork network, double x) {
        DeepArchitecture arch = network.architecture();
        double[] theta = network.parameters();
        int layers = arch.layers();
        BigDecimal[][] h = new BigDecimal[layers + 1][];
        h[0] = new BigDecimal[] {new BigDecimal(x)};
        for (int l = 0; l < layers; l++) {
            int nIn = arch.inputSize(l);
            h[l + 1] = new BigDecimal[arch.outputSize(l)];
            for (int j = 0; j < h[l + 1].length; j++) {
                BigDecimal z = new BigDecimal(theta[arch.biasOffset(l) + j]);
                for (int k = 0; k < nIn; k++) {
                    z = z.add(new BigDecimal(theta[arch.weightOffset(l) + j * nIn + k]).multiply(h[l][k]));
                }
                h[l + 1][j] = l < layers - 1 && z.signum() <= 0 ? BigDecimal.ZERO : z;
            }
        }
        return h;
    }
}
