package org.splinelens.init.datadependent;

import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.ShallowNetwork;

/**
 * {@code flat} (paper Sec 4.4): {@code w_i = ±1} with equal probability, breakpoints tiling the data range uniformly
 * ({@code β_i = x_min + i (x_max − x_min)/(H − 1)}, the midpoint when H = 1), {@code b_i = −w_i β_i}, {@code v = 0}:
 * the zero function, whose gradient still reaches every unit after the first step.
 */
final class FlatInitializer extends ShallowOnly {

    FlatInitializer() {
        super("flat");
    }

    @Override
    public ShallowNetwork shallow(int width, Dataset data, RandomGenerator random) {
        checkWidth("flat", width, 1);
        double[] range = range(data);
        double[] w = new double[width];
        double[] b = new double[width];
        for (int i = 0; i < width; i++) {
            double beta = width == 1 ? (range[0] + range[1]) / 2
                    : range[0] + i * (range[1] - range[0]) / (width - 1);
            w[i] = random.nextBoolean() ? 1.0 : -1.0;
            b[i] = -w[i] * beta;
        }
        return ShallowNetwork.of(w, b, new double[width], 0.0);
    }
}
