package org.splinelens.losssurface.hessian;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.ShallowKernels;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.losssurface.partition.DataPartition;

/** Thm 5 and Cor 3 ('shallow ReLU networks as splines'), with the corrections of ERRATA E5 and E6. */
class HessianProperties {

    /** The exact Hessian, residual terms included, is the derivative of the exact gradient away from kinks. */
    @Property(tries = 150)
    void exactHessianEqualsCentralDifferencesOfTheExactGradient(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int width = r.nextInt(1, 7);
        int size = r.nextInt(2, 13);
        double[] theta = new double[3 * width + 1];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = r.nextGaussian();
        }
        double[] x = new double[size];
        double[] y = new double[size];
        for (int n = 0; n < size; n++) {
            x[n] = -2 + 4 * r.nextDouble();
            y[n] = r.nextGaussian();
        }
        double step = 1e-6;
        for (int i = 0; i < width; i++) {
            for (double xn : x) {
                // central differences must not straddle a kink: keep every pre-activation well away from 0
                Assume.that(Math.abs(theta[i] * xn + theta[width + i]) > 1e-3);
            }
        }
        ShallowNetwork net = ShallowNetwork.fromParameters(width, theta);
        DMatrixRMaj exact = ShallowHessian.exact(net, x, y);

        int p = theta.length;
        double[] plus = new double[p];
        double[] minus = new double[p];
        double largest = CommonOps_DDRM.elementMaxAbs(exact);
        for (int k = 0; k < p; k++) {
            double[] shifted = theta.clone();
            shifted[k] += step;
            ShallowKernels.lossAndGradient(width, shifted, x, y, plus);
            shifted[k] = theta[k] - step;
            ShallowKernels.lossAndGradient(width, shifted, x, y, minus);
            for (int j = 0; j < p; j++) {
                double numeric = (plus[j] - minus[j]) / (2 * step);
                assertThat(Math.abs(exact.get(j, k) - numeric)).as("H[%d][%d]", j, k)
                        .isLessThanOrEqualTo(1e-6 * Math.max(1, largest));
            }
        }
    }

    /** The deep numerical Hessian of a one-hidden-layer net (same flat layout) matches the exact shallow one. */
    @Property(tries = 40)
    void numericalDeepHessianMatchesTheExactShallowOne(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int width = r.nextInt(1, 5);
        double[] theta = r.doubles(3 * width + 1, -1.5, 1.5).toArray();
        double[] x = r.doubles(r.nextInt(2, 10), -2, 2).toArray();
        double[] y = r.doubles(x.length, -1, 1).toArray();
        for (int i = 0; i < width; i++) {
            for (double xn : x) {
                Assume.that(Math.abs(theta[i] * xn + theta[width + i]) > 1e-3);
            }
        }
        ShallowNetwork net = ShallowNetwork.fromParameters(width, theta);
        DMatrixRMaj exact = ShallowHessian.exact(net, x, y);
        DMatrixRMaj numeric = NumericalHessian.of(net.asDeep(), x, y);
        double scale = Math.max(1, CommonOps_DDRM.elementMaxAbs(exact));
        for (int j = 0; j < exact.numRows; j++) {
            for (int k = 0; k < exact.numCols; k++) {
                assertThat(Math.abs(exact.get(j, k) - numeric.get(j, k))).isLessThan(1e-6 * scale);
            }
        }
    }

    /** Thm 5: at a critical point with non-zero loss the residual terms vanish; H = JᵀJ is PSD of rank <= N. */
    @Property(tries = 100)
    void gramFormIsPsdAtCriticalPoints(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int width = r.nextInt(1, 6);
        int size = r.nextInt(8, 25);
        CriticalPoints.Point point = CriticalPoints.generate(r, width, size);
        ShallowNetwork net = point.network();
        double[] gradient = new double[net.parameterCount()];
        ShallowKernels.lossAndGradient(width, net.parameters(), point.x(), point.y(), gradient);
        double loss = net.loss(point.x(), point.y());

        DMatrixRMaj exact = ShallowHessian.exact(net, point.x(), point.y());
        DMatrixRMaj gram = ShallowHessian.gram(net, point.x());
        double scale = CommonOps_DDRM.elementMaxAbs(gram);
        Spectrum spectrum = Spectrum.of(exact, Spectrum.DEFAULT_TOLERANCE);

        assertThat(Arrays.stream(gradient).map(Math::abs).max().orElse(0)).isLessThan(1e-10 * Math.max(1, scale));
        for (int j = 0; j < exact.numRows; j++) {
            for (int k = 0; k < exact.numCols; k++) {
                assertThat(Math.abs(exact.get(j, k) - gram.get(j, k))).isLessThan(1e-10 * scale);
            }
        }
        assertThat(spectrum.smallestRelative()).isGreaterThan(-1e-12);
        assertThat(spectrum.zeroCount()).isGreaterThanOrEqualTo(exact.numRows - size);
        if (hasCrowdedPiece(net, point)) {
            assertThat(loss).isPositive();
        }
    }

    private static boolean hasCrowdedPiece(ShallowNetwork net, CriticalPoints.Point point) {
        for (int s : DataPartition.of(net, point.x()).pieceSizes()) {
            if (s >= 3) {
                return true;
            }
        }
        return false;
    }

    /** Cor 3: a lonely zero-loss critical point has at least the bound's fraction of zero eigenvalues. */
    @Property(tries = 60)
    void lonelyCriticalPointsAreAtLeastAsFlatAsCorollary3(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int size = r.nextInt(2, 7);
        int width = r.nextInt(size + 1, 4 * size);
        // breakpoints on a grid, one data point in each of `size` distinct cells: a lonely partition
        double[] x = new double[size];
        int[] cells = r.ints(0, width - 1).distinct().limit(size).sorted().toArray();
        for (int n = 0; n < size; n++) {
            x[n] = cells[n] + 0.1 + 0.8 * r.nextDouble();
        }
        double[] w = new double[width];
        double[] b = new double[width];
        double[] v = new double[width];
        for (int i = 0; i < width; i++) {
            w[i] = i == 0 ? 1 : (r.nextBoolean() ? 1 : -1) * (0.5 + r.nextDouble());
            b[i] = -w[i] * i;
            v[i] = (r.nextBoolean() ? 1 : -1) * (0.3 + r.nextDouble());
        }
        ShallowNetwork net = ShallowNetwork.of(w, b, v, 0.2);
        double[] y = new double[size];
        net.values(x, y);
        assertThat(DataPartition.of(net, x).lonely()).isTrue();

        Spectrum spectrum = Spectrum.of(ShallowHessian.exact(net, x, y), Spectrum.DEFAULT_TOLERANCE);
        assertThat(spectrum.zeroFraction()).isGreaterThanOrEqualTo(Flatness.rankBound(size, width) - 1e-15);
        assertThat(Flatness.rankBound(size, width)).isGreaterThanOrEqualTo(Flatness.corollary3(size, width));
    }

    /** ERRATA E6: the printed bound 1 − (2N − 3)/(3H + 1) fails for N = 2; the proof's 2N − 1 holds. */
    @Test
    void printedCorollary3FailsForTwoPoints() {
        ShallowNetwork net = ShallowNetwork.of(new double[] {1, 1}, new double[] {0, -1}, new double[] {1, -2}, 0);
        double[] x = {0.5, 1.5};
        double[] y = new double[2];
        net.values(x, y);
        Spectrum spectrum = Spectrum.of(ShallowHessian.exact(net, x, y), Spectrum.DEFAULT_TOLERANCE);

        assertThat(spectrum.zeroCount()).isEqualTo(7 - 2);
        assertThat(spectrum.zeroFraction()).isLessThan(1 - (2.0 * 2 - 3) / 7)
                .isGreaterThanOrEqualTo(Flatness.corollary3(2, 2));
    }
}
