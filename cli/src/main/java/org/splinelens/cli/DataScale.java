package org.splinelens.cli;

import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowLayout;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * The affine change of units {@code u = (x − cx)/sx}, {@code t = (y − cy)/sy} under which {@code train} fits its data
 * by default, and its exact inverse on networks. A ReLU network composed with affine maps is again a ReLU network of
 * the same shape: if {@code g} fits the standard units, {@code f(x) = cy + sy · g((x − cx)/sx)} fits the data, with the
 * first layer's {@code (w, b) → (w/sx, b − w cx/sx)} and the output layer's {@code (v, b0) → (sy v, cy + sy b0)};
 * every breakpoint {@code β = cx + sx β'} moves with x. The centres are the means; the scales are the standard
 * deviations rounded to a power of two, so that every scaling is exact in floating point and only the shifts round.
 * The squared error scales by {@code sy²}: a loss in standard units times {@link #lossFactor()} is the loss in data
 * units.
 *
 * @param cx the x centre
 * @param sx the x scale, a power of two
 * @param cy the y centre
 * @param sy the y scale, a power of two
 */
record DataScale(double cx, double sx, double cy, double sy) {
    /** The identity: the data's own units. */
    static final DataScale NONE = new DataScale(0, 1, 0, 1);

    /** @return the scale that standardises {@code data}; a constant column keeps scale 1 */
    static DataScale of(Dataset data) {
        double[] x = data.x();
        double[] y = data.y();
        double cx = mean(x);
        double cy = mean(y);
        return new DataScale(cx, powerOfTwo(spread(x, cx)), cy, powerOfTwo(spread(y, cy)));
    }

    /** @return whether this is {@link #NONE}, the data's own units */
    boolean identity() {
        return equals(NONE);
    }

    /** @return the factor {@code sy²} from a squared error in standard units to one in data units */
    double lossFactor() {
        return sy * sy;
    }

    /** @return {@code data} in standard units */
    Dataset standardize(Dataset data) {
        if (identity()) {
            return data;
        }
        double[] u = data.x();
        double[] t = data.y();
        for (int n = 0; n < u.length; n++) {
            u[n] = (u[n] - cx) / sx;
            t[n] = (t[n] - cy) / sy;
        }
        return new Dataset(u, t);
    }

    /** @return {@code f} in data units: {@code x ↦ cy + sy · g((x − cx)/sx)} for {@code g = net} */
    UnivariateNetwork toData(UnivariateNetwork net) {
        return identity() ? net : map(net, false);
    }

    /** @return the inverse of {@link #toData}: a network in data units as the same function in standard units */
    UnivariateNetwork toStandard(UnivariateNetwork net) {
        return identity() ? net : map(net, true);
    }

    private UnivariateNetwork map(UnivariateNetwork net, boolean inverse) {
        if (net instanceof ShallowNetwork shallow) {
            int h = shallow.width();
            double[] theta = shallow.parameters();
            for (int i = 0; i < h; i++) {
                int wi = ShallowLayout.wOffset(h) + i;
                int bi = ShallowLayout.bOffset(h) + i;
                int vi = ShallowLayout.vOffset(h) + i;
                double[] wb = input(theta[wi], theta[bi], inverse);
                theta[wi] = wb[0];
                theta[bi] = wb[1];
                theta[vi] = inverse ? theta[vi] / sy : sy * theta[vi];
            }
            int b0 = ShallowLayout.b0Index(h);
            theta[b0] = output(theta[b0], inverse);
            return ShallowNetwork.fromParameters(h, theta);
        }
        DeepNetwork deep = (DeepNetwork) net;
        DeepArchitecture a = deep.architecture();
        double[] theta = deep.parameters();
        for (int out = 0; out < a.outputSize(0); out++) {
            int wi = a.weightOffset(0) + out; // the first layer has one input: W_0[out][0]
            int bi = a.biasOffset(0) + out;
            double[] wb = input(theta[wi], theta[bi], inverse);
            theta[wi] = wb[0];
            theta[bi] = wb[1];
        }
        int last = a.layers() - 1;
        for (int in = 0; in < a.inputSize(last); in++) {
            int wi = a.weightOffset(last) + in;
            theta[wi] = inverse ? theta[wi] / sy : sy * theta[wi];
        }
        int bias = a.biasOffset(last);
        theta[bias] = output(theta[bias], inverse);
        return DeepNetwork.of(a, theta);
    }

    /** @return a first-layer unit's {@code (w, b)} seen from x (forward) or from u (inverse) */
    private double[] input(double w, double b, boolean inverse) {
        // w u + b = (w/sx) x + (b − (w/sx) cx); inverse: w x + b = (w sx) u + (b + w cx)
        return inverse ? new double[] {w * sx, b + w * cx} : new double[] {w / sx, b - (w / sx) * cx};
    }

    private double output(double bias, boolean inverse) {
        return inverse ? (bias - cy) / sy : cy + sy * bias;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** @return the root mean square of {@code values − centre} */
    private static double spread(double[] values, double centre) {
        double squares = 0;
        for (double v : values) {
            squares += (v - centre) * (v - centre);
        }
        return Math.sqrt(squares / values.length);
    }

    /** @return the power of two nearest {@code s} on a log scale, 1 for a zero or non-finite spread */
    private static double powerOfTwo(double s) {
        if (!(s > 0) || !Double.isFinite(s)) {
            return 1;
        }
        return Math.scalb(1.0, (int) Math.round(Math.log(s) / Math.log(2)));
    }
}
