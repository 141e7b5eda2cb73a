package org.splinelens.experiments.gaproughness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.ShallowNetwork;

/** The roughness inside the gap (−0.5, 0.5) against slope jumps found by finite differences of the net's values. */
class GapRoughnessTest {

    @Test
    void gapRoughnessSumsTheSquaredSlopeJumpsInsideTheGapOnly() {
        SplittableRandom random = new SplittableRandom(8);
        for (int t = 0; t < 50; t++) {
            int h = 1 + random.nextInt(8);
            double[] w = new double[h];
            double[] b = new double[h];
            double[] v = new double[h];
            for (int i = 0; i < h; i++) {
                w[i] = random.nextBoolean() ? 1 : -1;
                // breakpoints on a 0.1 grid in [−1, 1], off the gap's edges, some units sharing one
                b[i] = -w[i] * (0.1 * (random.nextInt(20) - 10) + 0.05);
                v[i] = random.nextGaussian();
            }
            ShallowNetwork net = ShallowNetwork.of(w, b, v, 0.3);
            double expected = 0;
            double d = 1e-4;
            for (int k = -10; k < 10; k++) {
                double at = 0.1 * k + 0.05;
                if (at > -0.5 && at < 0.5) {
                    double left = (net.value(at - d) - net.value(at - 2 * d)) / d;
                    double right = (net.value(at + 2 * d) - net.value(at + d)) / d;
                    expected += (right - left) * (right - left);
                }
            }
            assertThat(GapRoughnessExperiment.gapRoughness(net)).isCloseTo(expected, Offset.offset(1e-6 * (1
                    + expected)));
        }
    }
}
