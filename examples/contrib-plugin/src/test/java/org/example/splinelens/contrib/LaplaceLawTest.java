package org.example.splinelens.contrib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.LaplaceDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.ShallowNetwork;

/** The Laplace draws follow Laplace(0, s) (Kolmogorov–Smirnov against commons-math3's law), fixed seed. */
class LaplaceLawTest {

    @Test
    void firstLayerWeightsAreLaplaceWithHeVariance() {
        ShallowNetwork net = LaplaceInitializer.factory().create(java.util.Map.of("gain", 1.5))
                .shallow(20_000, null, new SplittableRandom(11));
        double[] w = net.w();
        // fan_in = 1 in the first layer: scale = gain
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new LaplaceDistribution(0, 1.5), w);
        assertThat(p).isGreaterThan(1e-3);
        double variance = Arrays.stream(w).map(x -> x * x).average().orElseThrow();
        assertThat(variance).isBetween(0.95 * 2 * 1.5 * 1.5, 1.05 * 2 * 1.5 * 1.5);
        // the output layer has fan_in = H: variance 2 gain² / H
        double outputVariance = Arrays.stream(net.v()).map(x -> x * x).average().orElseThrow();
        assertThat(outputVariance * 20_000).isBetween(0.95 * 2 * 1.5 * 1.5, 1.05 * 2 * 1.5 * 1.5);
    }
}
