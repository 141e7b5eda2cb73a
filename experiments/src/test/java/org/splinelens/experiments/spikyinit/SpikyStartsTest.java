package org.splinelens.experiments.spikyinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.Pwl;

/** The spiky start of App. 3.1.3: where its knots sit, and that both realisations compute the CPWL exactly. */
class SpikyStartsTest {

    @Test
    void gridKnotsTileTheIntervalEvenlyWithItsEndpoints() {
        double[] knots = SpikyStarts.knots("grid", 20, new double[0], new SplittableRandom(1));
        assertThat(knots).hasSize(20);
        assertThat(knots[0]).isEqualTo(-2.0);
        assertThat(knots[19]).isCloseTo(2.0, Offset.offset(1e-12));
        for (int k = 1; k < 20; k++) {
            assertThat(knots[k] - knots[k - 1]).isCloseTo(4.0 / 19, Offset.offset(1e-12));
        }
    }

    @Test
    void dataKnotsAreTheTrainingInputsAndUniformKnotsAreSortedInTheRange() {
        double[] x = {-1.5, -0.2, 0.7};
        assertThat(SpikyStarts.knots("data", 3, x, new SplittableRandom(1))).containsExactly(x);
        assertThatThrownBy(() -> SpikyStarts.knots("data", 4, x, new SplittableRandom(1)))
                .hasMessageContaining("spikyKnots");
        double[] uniform = SpikyStarts.knots("uniform", 50, x, new SplittableRandom(2));
        double[] sorted = uniform.clone();
        Arrays.sort(sorted);
        assertThat(uniform).containsExactly(sorted);
        assertThat(Arrays.stream(uniform).allMatch(k -> k >= -2 && k <= 2)).isTrue();
        assertThatThrownBy(() -> SpikyStarts.knots("spread", 3, x, new SplittableRandom(1)))
                .hasMessageContaining("spikyKnots");
    }

    /**
     * Both realisations are the CPWL on a dense grid, off it too (flat outside), with 21 units for 20 knots; the
     * balanced one has {@code |w| = |v|} and the same delta-slopes, so the same roughness, which is the sum of the
     * CPWL's squared slope jumps (computed from the Pwl's slopes, not from the net).
     */
    @Test
    void unitAndBalancedRealisationsComputeTheSpikyCpwlWithTheSameRoughness() {
        SplittableRandom random = new SplittableRandom(5);
        Pwl cpwl = SpikyStarts.cpwl(SpikyStarts.knots("grid", 20, new double[0], random), random);
        ShallowNetwork unit = SpikyStarts.realise(cpwl, 21, false);
        ShallowNetwork balanced = SpikyStarts.realise(cpwl, 21, true);
        assertThat(unit.width()).isEqualTo(21);
        for (double x = -3; x <= 3; x += 0.001) {
            assertThat(unit.value(x)).isCloseTo(cpwl.value(x), Offset.offset(1e-9));
            assertThat(balanced.value(x)).isCloseTo(cpwl.value(x), Offset.offset(1e-9));
        }
        double jumps = 0;
        double[] slopes = cpwl.slopes();
        for (int k = 0; k + 1 < slopes.length; k++) {
            jumps += (slopes[k + 1] - slopes[k]) * (slopes[k + 1] - slopes[k]);
        }
        assertThat(SpikyStarts.roughness(unit)).isCloseTo(jumps, Offset.offset(1e-9 * jumps));
        assertThat(SpikyStarts.roughness(balanced)).isCloseTo(jumps, Offset.offset(1e-9 * jumps));
        for (int i = 0; i < balanced.width(); i++) {
            if (balanced.v(i) != 0) {
                assertThat(Math.abs(balanced.w(i))).isCloseTo(Math.abs(balanced.v(i)), Offset.offset(1e-9));
            }
        }
        assertThatThrownBy(() -> SpikyStarts.realise(cpwl, 20, false)).hasMessageContaining("shallowWidth");
    }

    /** PyTorch's mean loss (1/N) Σ e² has the gradient 2/N times that of ½ Σ e² (central differences). */
    @Test
    void theMeanLossStepIsTwoOverNTimesTheHalfSumStep() {
        SplittableRandom random = new SplittableRandom(3);
        double[] x = {-1.2, -0.4, 0.3, 1.1, 1.9};
        double[] y = {0.5, -0.2, 0.9, 0.1, -1.0};
        ShallowNetwork net = SpikyStarts.realise(SpikyStarts.cpwl(SpikyStarts.knots("grid", 4, x, random), random), 5,
                false);
        double[] theta = net.parameters();
        for (int p = 0; p < theta.length; p++) {
            double h = 1e-6;
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[p] += h;
            down[p] -= h;
            ShallowNetwork a = ShallowNetwork.fromParameters(5, up);
            ShallowNetwork b = ShallowNetwork.fromParameters(5, down);
            double half = (a.loss(x, y) - b.loss(x, y)) / (2 * h);
            double mean = (sumSquares(a, x, y) - sumSquares(b, x, y)) / x.length / (2 * h);
            assertThat(TrainingLoss.lrFactor("mean", x.length) * half).isCloseTo(mean, Offset.offset(1e-6));
            assertThat(TrainingLoss.lrFactor("sum", x.length) * half)
                    .isCloseTo((sumSquares(a, x, y) - sumSquares(b, x, y)) / (2 * h), Offset.offset(1e-6));
        }
    }

    private static double sumSquares(ShallowNetwork net, double[] x, double[] y) {
        double sum = 0;
        for (int n = 0; n < x.length; n++) {
            double e = net.value(x[n]) - y[n];
            sum += e * e;
        }
        return sum;
    }
}
