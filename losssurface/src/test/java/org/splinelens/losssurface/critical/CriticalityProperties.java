package org.splinelens.losssurface.critical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepKernels;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;

/**
 * {@link Criticality} judges the gradient against the rounding of the loss's own computation
 * ({@link GradientRounding}): the bound covers the computed gradient's actual error (against exact arithmetic), a
 * global minimum — a net interpolating its own values, Thm 4 with zero residuals — is critical however noisy its
 * rounded residuals, and a net a relative 1e-6 step away from it is not.
 */
class CriticalityProperties {

    /** |ĝ_k − g_k| <= τ S_k / 2 (the first-order bound {@code c u S_k}), g exact in decimal arithmetic. */
    @Property(tries = 60)
    void roundingBoundCoversTheComputedGradientsError(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        DeepNetwork net = randomNetwork(r);
        double[] x = data(r, r.nextInt(1, 12));
        double[] y = new double[x.length];
        for (int n = 0; n < y.length; n++) {
            y[n] = r.nextGaussian() * Math.scalb(1.0, r.nextInt(-10, 11));
        }
        double[] computed = new double[net.parameterCount()];
        new DeepKernels(net.architecture()).lossAndGradient(net.parameters(), x, y, computed);
        double[] exact = ExactGradient.gradient(net, x, y);
        double[] scale = scale(net, x, y);
        double tolerance = GradientRounding.tolerance(net.architecture(), x.length);
        for (int k = 0; k < computed.length; k++) {
            assertThat(Math.abs(computed[k] - exact[k])).as("component %d of %s", k, net)
                    .isLessThanOrEqualTo(tolerance / 2 * scale[k]);
        }
    }

    /** A net with targets {@code y_n := f(x_n)} (exact, rounded once) is a global minimum: critical. */
    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // tests are quiet; the coverage checks still apply
    void exactInterpolantsAreCritical(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Interpolant point = interpolant(r);
        Criticality criticality = Criticality.of(point.network(), point.x(), point.y());
        Statistics.label("rounded residuals").collect(residualsNonZero(point));
        Statistics.label("shallow").collect(point.network().architecture().hiddenLayers() == 1);
        assertThat(criticality.critical()).as("%s, ratio %s", point, criticality.roundingRatio()).isTrue();
        if (point.network().architecture().hiddenLayers() == 1) {
            CriticalPointReport report = CriticalPointReport.of(point.network().asShallow(), point.x(), point.y());
            assertThat(report.critical()).isTrue();
            assertThat(report.piecewiseOls()).isTrue();
        }
        Statistics.label("rounded residuals").coverage(c -> c.check(true).percentage(p -> p > 30));
        Statistics.label("shallow").coverage(c -> c.check(true).percentage(p -> p > 30));
    }

    /** The same interpolant with its most influential parameter moved by a relative 1e-6: not critical. */
    @Property(tries = 200)
    void aRelativeStepAwayIsNotCritical(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Interpolant point = interpolant(r);
        DeepNetwork net = point.network();
        double[] theta = net.parameters();
        int k = mostInfluential(net, point.x());
        Assume.that(k >= 0);
        theta[k] *= 1 + 1e-6;
        DeepNetwork moved = DeepNetwork.of(net.architecture(), theta);
        Criticality criticality = Criticality.of(moved, point.x(), point.y());
        assertThat(criticality.critical()).as("%s, parameter %d", point, k).isFalse();
        assertThat(criticality.roundingRatio()).isGreaterThan(1e3);
        if (net.architecture().hiddenLayers() == 1) {
            assertThat(CriticalPointReport.of(moved.asShallow(), point.x(), point.y()).critical()).isFalse();
        }
    }

    /** The case: residuals of ~1e-15, a gradient of ~1e-14 at a perfect fit; the old test said no. */
    @Test
    void aPerfectFitWithRoundingNoiseIsCritical() {
        ShallowNetwork net = ShallowNetwork.of(new double[] {1.3, -0.7, 2.1}, new double[] {0.1, 0.9, -1.7},
                new double[] {0.77, -1.9, 0.35}, 0.3);
        double[] x = {-1.1, 0.35, 1.9};
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            y[n] = ExactGradient.value(net.asDeep(), x[n]) + Math.ulp(2.0) * (n - 1);
        }
        Criticality criticality = Criticality.of(net.asDeep(), x, y);
        assertThat(criticality.gradientNorm()).isPositive().isLessThan(1e-13);
        assertThat(criticality.critical()).isTrue();
    }

    record Interpolant(DeepNetwork network, double[] x, double[] y) {
        @Override
        public String toString() {
            return network + " x=" + Arrays.toString(x) + " y=" + Arrays.toString(y);
        }
    }

    /** Shallow nets with N <= H points, or deep nets with a few; targets the net's exact values rounded once. */
    private static Interpolant interpolant(SplittableRandom r) {
        DeepNetwork net = randomNetwork(r);
        int width = net.architecture().hiddenWidth(1);
        int size = net.architecture().hiddenLayers() == 1 ? r.nextInt(1, width + 1) : r.nextInt(1, 7);
        double[] x = data(r, size);
        double[] y = new double[size];
        for (int n = 0; n < size; n++) {
            y[n] = ExactGradient.value(net, x[n]);
        }
        return new Interpolant(net, x, y);
    }

    /** Half shallow (width 1..8), half deep (2..3 hidden layers of 1..4); one random power-of-ten scale per layer. */
    private static DeepNetwork randomNetwork(SplittableRandom r) {
        int[] widths = r.nextBoolean() ? new int[] {r.nextInt(1, 9)}
                : r.ints(r.nextInt(2, 4), 1, 5).toArray();
        DeepArchitecture arch = new DeepArchitecture(widths);
        double[] theta = new double[arch.parameterCount()];
        for (int l = 0; l < arch.layers(); l++) {
            double scale = Math.pow(10, r.nextInt(-3, 4));
            for (int k = arch.weightOffset(l); k < arch.biasOffset(l) + arch.outputSize(l); k++) {
                theta[k] = scale * r.nextGaussian();
            }
        }
        return DeepNetwork.of(arch, theta);
    }

    private static double[] data(SplittableRandom r, int size) {
        double scale = Math.pow(10, r.nextInt(-2, 3));
        double[] x = new double[size];
        for (int n = 0; n < size; n++) {
            x[n] = scale * (-2 + 4 * r.nextDouble());
        }
        return x;
    }

    /** S_k = Σ (F_n + |y_n|) |J|_nk. */
    private static double[] scale(DeepNetwork net, double[] x, double[] y) {
        GradientRounding rounding = new GradientRounding(net);
        double[] scale = new double[net.parameterCount()];
        for (int n = 0; n < x.length; n++) {
            rounding.accumulate(rounding.outputMagnitude(x[n]) + Math.abs(y[n]), scale);
        }
        return scale;
    }

    private static boolean residualsNonZero(Interpolant point) {
        DeepKernels kernels = new DeepKernels(point.network().architecture());
        for (int n = 0; n < point.x().length; n++) {
            if (kernels.value(point.network().parameters(), point.x()[n]) != point.y()[n]) {
                return true;
            }
        }
        return false;
    }

    /** @return the k maximising {@code |θ_k| ‖∂f/∂θ_k‖₂} over the data (the largest first-order change), or −1 */
    private static int mostInfluential(DeepNetwork net, double[] x) {
        double[] squares = new double[net.parameterCount()];
        for (int n = 0; n < x.length; n++) {
            // the gradient of one point with residual ≈ 1 is that point's row of the Jacobian
            double[] row = ExactGradient.gradient(net, new double[] {x[n]},
                    new double[] {ExactGradient.value(net, x[n]) - 1});
            for (int k = 0; k < row.length; k++) {
                squares[k] += row[k] * row[k];
            }
        }
        double[] theta = net.parameters();
        int best = -1;
        double largest = 0;
        for (int k = 0; k < theta.length; k++) {
            double influence = Math.abs(theta[k]) * Math.sqrt(squares[k]);
            if (influence > largest) {
                largest = influence;
                best = k;
            }
        }
        return best;
    }
}
