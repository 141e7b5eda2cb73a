package org.splinelens.baselines.interpolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;

class InterpolationProperties {
    private static final double[] X = {-2, -1.3, -0.4, 0.3, 1.1, 2};
    private static final double[] Y = {0.5, -0.2, 0.8, 0.1, -0.6, 0.4};

    @Test
    void naturalCubicSplineInterpolatesIsC2AndHasZeroSecondDerivativeAtBothEnds() {
        NaturalCubicSpline spline = NaturalCubicSpline.through(new Dataset(X, Y));
        double h = 1e-6;
        for (int n = 0; n < X.length; n++) {
            assertThat(spline.value(X[n])).isCloseTo(Y[n], within(1e-12));
        }
        for (int n = 1; n < X.length - 1; n++) {
            // one-sided difference quotients from each neighbouring cubic agree: f, f', f'' continuous
            double left1 = (spline.value(X[n]) - spline.value(X[n] - h)) / h;
            double right1 = (spline.value(X[n] + h) - spline.value(X[n])) / h;
            assertThat(left1).isCloseTo(right1, within(1e-4));
            assertThat(spline.secondDerivative(X[n] - 1e-9)).isCloseTo(spline.secondDerivative(X[n] + 1e-9),
                    within(1e-6));
        }
        assertThat(spline.secondDerivative(X[0])).isCloseTo(0, within(1e-12));
        assertThat(spline.secondDerivative(X[X.length - 1])).isCloseTo(0, within(1e-12));
    }

    /** Thm 6: Φ⁺y is the interpolant of least norm — it lies in Φ's row space: μ = Φᵀλ with ΦΦᵀλ = y. */
    @Test
    void minimumNormEqualsTheRowSpaceInterpolant() {
        SplittableRandom r = new SplittableRandom(4);
        int compared = 0;
        for (int t = 0; t < 20; t++) {
            int h = r.nextInt(8, 20);
            double[] beta = r.doubles(h, -2.5, 2.5).toArray();
            int[] s = r.ints(h, 0, 2).map(v -> 2 * v - 1).toArray();
            Dataset data = new Dataset(X, Y);
            MinimumNormSpline spline = MinimumNormSpline.fit(data, beta, s);

            DMatrixRMaj phi = new DMatrixRMaj(X.length, h);
            for (int n = 0; n < X.length; n++) {
                for (int i = 0; i < h; i++) {
                    phi.set(n, i, Math.max(0, s[i] * (X[n] - beta[i])));
                }
            }
            DMatrixRMaj gram = new DMatrixRMaj(X.length, X.length);
            CommonOps_DDRM.multTransB(phi, phi, gram);
            DMatrixRMaj lambda = new DMatrixRMaj(X.length, 1);
            if (!CommonOps_DDRM.solve(gram, DMatrixRMaj.wrap(X.length, 1, Y.clone()), lambda)
                    || Math.abs(CommonOps_DDRM.det(gram)) < 1e-8) {
                continue; // Φ without full row rank: no exact interpolant to compare with
            }
            DMatrixRMaj mu = new DMatrixRMaj(h, 1);
            CommonOps_DDRM.multTransA(phi, lambda, mu);
            double[] got = spline.deltaSlopes();
            for (int i = 0; i < h; i++) {
                assertThat(got[i]).isCloseTo(mu.get(i, 0), within(1e-8 * (1 + Math.abs(mu.get(i, 0)))));
            }
            for (int n = 0; n < X.length; n++) {
                assertThat(spline.value(X[n])).isCloseTo(Y[n], within(1e-9));
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(10);
    }

    /**
     * Cor 4 (ERRATA E8): with uniform breakpoints of both orientations spanning well beyond the data, the minimum-norm
     * interpolant approaches the natural cubic spline as H grows; confined to the data range it does not.
     */
    @Test
    void minimumNormApproachesTheNaturalCubicSplineWhenBreakpointsSpanBeyondTheData() {
        Dataset data = new Dataset(X, Y);
        NaturalCubicSpline spline = NaturalCubicSpline.through(data);
        double[] wide = new double[3];
        int[] widths = {10, 40, 160};
        for (int k = 0; k < widths.length; k++) {
            wide[k] = supDistance(MinimumNormSpline.uniform(data, widths[k], -6, 6), spline);
        }
        // measured: 0.65, 0.048, 0.0029
        assertThat(wide[1]).isLessThan(wide[0] / 4);
        assertThat(wide[2]).isLessThan(wide[1] / 4).isLessThan(0.01);
        // breakpoints only on [x_1, x_N]: the error stalls near 0.06 (measured 0.054, 0.059, 0.060 at H = 40, 160, 640)
        assertThat(supDistance(MinimumNormSpline.uniform(data, 160, -2, 2), spline)).isGreaterThan(0.04);
    }

    private static double supDistance(MinimumNormSpline m, NaturalCubicSpline spline) {
        double sup = 0;
        for (double t = X[0]; t <= X[X.length - 1]; t += 0.01) {
            sup = Math.max(sup, Math.abs(m.value(t) - spline.value(t)));
        }
        return sup;
    }
}
