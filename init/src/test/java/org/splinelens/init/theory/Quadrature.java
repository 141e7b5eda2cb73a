package org.splinelens.init.theory;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;

/** Numerical integration for the density tests: Gauss–Legendre on segments split at the given break points. */
final class Quadrature {
    private Quadrature() {
    }

    /** @return {@code ∫_a^b f} over segments {@code [p_k, p_{k+1}]} of the sorted points {@code a, …, b} */
    static double integrate(DoubleUnaryOperator f, double... points) {
        IterativeLegendreGaussIntegrator gauss = new IterativeLegendreGaussIntegrator(16, 1e-12, 1e-13, 2, 64);
        double sum = 0;
        for (int k = 0; k + 1 < points.length; k++) {
            if (points[k + 1] > points[k]) {
                sum += gauss.integrate(Integer.MAX_VALUE, f::applyAsDouble, points[k], points[k + 1]);
            }
        }
        return sum;
    }

    /** @return {@code ∫_0^∞ f} approximated on {@code [0, 10^{hi}]} with log-spaced segments from {@code 10^{lo}} */
    static double halfLine(DoubleUnaryOperator f, int lo, int hi, double... extraBreaks) {
        double[] points = new double[hi - lo + 2 + extraBreaks.length];
        points[0] = 0;
        for (int e = lo; e <= hi; e++) {
            points[e - lo + 1] = Math.pow(10, e);
        }
        System.arraycopy(extraBreaks, 0, points, hi - lo + 2, extraBreaks.length);
        java.util.Arrays.sort(points);
        return integrate(f, points);
    }
}
