package org.splinelens.losssurface.hessian;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.splinelens.core.network.ShallowNetwork;

/**
 * Critical points with non-zero loss (Thm 4): a random net f with every v_i ≠ 0 and one unit active
 * on all data, sorted data with no breakpoint on a point, and targets {@code y = f(x) − r} where on every piece of the
 * data partition r is orthogonal to {@code 1} and {@code x} — so each piece's OLS line is f's own.
 */
public final class CriticalPoints {
    private CriticalPoints() {
    }

    public record Point(ShallowNetwork network, double[] x, double[] y) {
    }

    public static Point generate(SplittableRandom r, int width, int size) {
        double[] x = new double[size];
        for (int n = 0; n < size; n++) {
            x[n] = -2 + 4 * r.nextDouble();
        }
        Arrays.sort(x);
        double[] w = new double[width];
        double[] b = new double[width];
        double[] v = new double[width];
        for (int i = 0; i < width; i++) {
            w[i] = (r.nextBoolean() ? 1 : -1) * (0.5 + r.nextDouble());
            double beta = i == 0 ? -3 : -2 + 4 * r.nextDouble();
            if (i == 0) {
                w[i] = Math.abs(w[i]);
            }
            b[i] = -w[i] * beta;
            v[i] = (r.nextBoolean() ? 1 : -1) * (0.3 + r.nextDouble());
        }
        ShallowNetwork net = ShallowNetwork.of(w, b, v, r.nextGaussian());
        double[] f = new double[size];
        net.values(x, f);
        double[] residual = new double[size];
        double[] beta = new double[width];
        for (int i = 0; i < width; i++) {
            beta[i] = -b[i] / w[i];
        }
        Arrays.sort(beta);
        int start = 0;
        for (int p = 0; p <= width; p++) {
            int end = start;
            while (end < size && (p == width || x[end] < beta[p])) {
                end++;
            }
            if (end - start >= 3) {
                orthogonalResidual(r, x, start, end, residual);
            }
            start = end;
        }
        double[] y = new double[size];
        for (int n = 0; n < size; n++) {
            y[n] = f[n] - residual[n];
        }
        return new Point(net, x, y);
    }

    /** Random values on {@code [from, to)} with the projection on span{1, x} of that range removed. */
    private static void orthogonalResidual(SplittableRandom r, double[] x, int from, int to, double[] out) {
        int m = to - from;
        double mean = 0;
        for (int n = from; n < to; n++) {
            mean += x[n] / m;
        }
        double[] centred = new double[m];
        double norm = 0;
        for (int n = 0; n < m; n++) {
            centred[n] = x[from + n] - mean;
            norm += centred[n] * centred[n];
        }
        double[] e = new double[m];
        double eMean = 0;
        for (int n = 0; n < m; n++) {
            e[n] = r.nextGaussian();
            eMean += e[n] / m;
        }
        double dot = 0;
        for (int n = 0; n < m; n++) {
            e[n] -= eMean;
            dot += e[n] * centred[n];
        }
        for (int n = 0; n < m; n++) {
            out[from + n] = e[n] - dot / norm * centred[n];
        }
    }
}
