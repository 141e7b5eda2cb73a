package org.splinelens.core.testing;

import java.util.SplittableRandom;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;

/**
 * Shared generators of random networks for every module's property tests (published in core's test-jar).
 * Shallow nets include the degenerate cases the spline lens must handle exactly: units with {@code w_i = 0},
 * units sharing a breakpoint (with either orientation), zero output weights, and weights from 1e-6 to 1e6.
 */
public final class RandomNetworks {
    private RandomNetworks() {
    }

    public static ShallowNetwork shallow(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int h = r.nextInt(0, 30);
        double[] w = new double[h];
        double[] b = new double[h];
        double[] v = new double[h];
        for (int i = 0; i < h; i++) {
            double scale = Math.pow(10, r.nextInt(-6, 7));
            int kind = r.nextInt(8);
            w[i] = kind == 0 ? 0.0 : r.nextGaussian() * scale;
            b[i] = r.nextGaussian() * scale;
            v[i] = kind == 2 ? 0.0 : r.nextGaussian() / Math.sqrt(scale);
            if (kind == 1 && i > 0 && w[i - 1] != 0) {
                // the same breakpoint as the previous unit, with a random orientation
                double alpha = r.nextBoolean() ? 0.5 + r.nextDouble() : -(0.5 + r.nextDouble());
                w[i] = w[i - 1] * alpha;
                b[i] = b[i - 1] * alpha;
            }
        }
        return ShallowNetwork.of(w, b, v, r.nextGaussian());
    }

    /** Deep nets of 1–4 hidden layers of widths 1–8, Gaussian weights, one weight in ten exactly zero. */
    public static DeepNetwork deep(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int layers = r.nextInt(1, 5);
        int[] widths = new int[layers];
        for (int l = 0; l < layers; l++) {
            widths[l] = r.nextInt(1, 9);
        }
        DeepArchitecture arch = new DeepArchitecture(widths);
        double[] theta = new double[arch.parameterCount()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = r.nextInt(10) == 0 ? 0.0 : r.nextGaussian();
        }
        return DeepNetwork.of(arch, theta);
    }

    /** Magnitude of the terms summed by a shallow evaluation at {@code x}: the natural scale of its rounding. */
    public static double termScale(ShallowNetwork net, double x) {
        double s = Math.abs(net.b0());
        for (int i = 0; i < net.width(); i++) {
            s += Math.abs(net.v(i)) * (Math.abs(net.w(i) * x) + Math.abs(net.b(i)));
        }
        return s;
    }
}
