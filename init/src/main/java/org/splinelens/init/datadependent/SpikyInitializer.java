package org.splinelens.init.datadependent;

import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.Pwl;

/**
 * {@code spiky} (paper Sec 4.2): a random CPWL function with {@code K = H − 1} knots drawn uniformly on the data range,
 * values {@code U[−amplitude, amplitude]} at the knots (the paper: 20 knots, U[−2, 2], for H = 21) and flat outside
 * them, realised exactly as a shallow network of H units by {@link Pwl#toShallowNetwork()}.
 */
final class SpikyInitializer extends ShallowOnly {
    private final double amplitude;

    SpikyInitializer(double amplitude) {
        super("spiky");
        this.amplitude = amplitude;
    }

    @Override
    public ShallowNetwork shallow(int width, Dataset data, RandomGenerator random) {
        checkWidth("spiky", width, 2);
        double[] range = range(data);
        double[] knots = sortedUniform(range[0], range[1], width - 1, random);
        double[] values = new double[knots.length];
        for (int k = 0; k < knots.length; k++) {
            values[k] = amplitude * (2 * random.nextDouble() - 1);
        }
        return padded(Pwl.throughPoints(knots, values, 0, 0).toShallowNetwork(), width);
    }

    /** A CPWL whose consecutive values happen to be collinear has fewer knots: pad with dead units (v = 0). */
    static ShallowNetwork padded(ShallowNetwork net, int width) {
        if (net.width() == width) {
            return net;
        }
        double[] w = java.util.Arrays.copyOf(net.w(), width);
        double[] b = java.util.Arrays.copyOf(net.b(), width);
        double[] v = java.util.Arrays.copyOf(net.v(), width);
        for (int i = net.width(); i < width; i++) {
            w[i] = 1;
        }
        return ShallowNetwork.of(w, b, v, net.b0());
    }
}
