package org.splinelens.losssurface.hessian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** {@link Spectrum} scales by a power of two before the eigen-decomposition, so the double range's ends work. */
class SpectrumTest {

    /**
     * Scaling a matrix by {@code 2^k} is exact (entries of size 0.5 to 2 stay normal) and the decomposition sees the
     * same scaled matrix, so the eigenvalues are exactly {@code 2^k} times those of the original, for k from −1018 to
     * +1018. Unscaled, EJML's QR gives different eigenvalues from k = −1015 on and fails to converge at −1018.
     */
    @Test
    void eigenvaluesScaleExactlyWithThePowerOfTwoOfTheMatrix() {
        SplittableRandom r = new SplittableRandom(18);
        for (int t = 0; t < 20; t++) {
            int size = r.nextInt(1, 9);
            DMatrixRMaj a = new DMatrixRMaj(size, size);
            for (int j = 0; j < size; j++) {
                for (int k = 0; k <= j; k++) {
                    double entry = (r.nextBoolean() ? 1 : -1) * (0.5 + 1.5 * r.nextDouble());
                    a.set(j, k, entry);
                    a.set(k, j, entry);
                }
            }
            double[] lambda = Spectrum.of(a, 1e-9).eigenvalues();
            double trace = 0;
            for (int j = 0; j < size; j++) {
                trace += a.get(j, j);
            }
            double sum = 0;
            for (double l : lambda) {
                sum += l;
            }
            assertThat(sum).isCloseTo(trace, within(1e-12 * size * size));
            for (int power : new int[] {1018, 500, -500, -1015, -1018}) {
                DMatrixRMaj scaled = a.copy();
                for (int i = 0; i < scaled.data.length; i++) {
                    scaled.data[i] = Math.scalb(scaled.data[i], power);
                }
                double[] mu = Spectrum.of(scaled, 1e-9).eigenvalues();
                for (int k = 0; k < size; k++) {
                    assertThat(mu[k]).as("2^%d", power).isEqualTo(Math.scalb(lambda[k], power));
                }
            }
        }
    }

    @Test
    void aTwoByTwoNearTheTopOfTheRangeHasItsClosedFormEigenvalues() {
        // [[2, 1], [1, 2]] · 0.3 MAX: eigenvalues 0.9 MAX and 0.3 MAX (a ± b); unscaled, EJML returns NaN for both
        double m = 0.3 * Double.MAX_VALUE;
        double[] lambda = Spectrum.of(new DMatrixRMaj(new double[][] {{2 * m, m}, {m, 2 * m}}), 1e-9).eigenvalues();
        assertThat(lambda[0]).isCloseTo(m, within(1e-14 * m));
        assertThat(lambda[1]).isCloseTo(3 * m, within(1e-14 * m));
    }

    @Test
    void nonFiniteEntriesAndOverflowingEigenvaluesAreRefused() {
        DMatrixRMaj nan = new DMatrixRMaj(new double[][] {{1, Double.NaN}, {Double.NaN, 1}});
        assertThatThrownBy(() -> Spectrum.of(nan, 1e-9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-finite entry");
        double max = Double.MAX_VALUE;
        // eigenvalue 2·MAX of [[MAX, MAX], [MAX, MAX]] does not fit a double
        DMatrixRMaj big = new DMatrixRMaj(new double[][] {{max, max}, {max, max}});
        assertThatThrownBy(() -> Spectrum.of(big, 1e-9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overflows");
        assertThat(Spectrum.of(new DMatrixRMaj(2, 2), 1e-9).zeroCount()).isEqualTo(2);
    }
}
