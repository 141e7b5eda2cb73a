package org.splinelens.baselines.interpolation;

import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;
import org.splinelens.core.data.Dataset;

/**
 * The natural cubic spline interpolant (commons-math3 {@link SplineInterpolator}): C² on {@code [x_1, x_N]},
 * cubic between data values, {@code f'' = 0} at both ends; continued linearly beyond the data, which keeps it the
 * minimiser of {@code ∫ f''²} among interpolants on the whole line (Cor 4's limit).
 */
public final class NaturalCubicSpline {
    private final PolynomialSplineFunction spline;
    private final double[] knots;
    private final double[] leftLine;
    private final double[] rightLine;

    private NaturalCubicSpline(PolynomialSplineFunction spline) {
        this.spline = spline;
        this.knots = spline.getKnots();
        double a = knots[0];
        double b = knots[knots.length - 1];
        double slopeA = spline.derivative().value(a);
        double slopeB = spline.derivative().value(b);
        leftLine = new double[] {slopeA, spline.value(a) - slopeA * a};
        rightLine = new double[] {slopeB, spline.value(b) - slopeB * b};
    }

    /** @param data at least three distinct x values (commons-math3's requirement), no repeated x */
    public static NaturalCubicSpline through(Dataset data) {
        Dataset sorted = data.sortedByX();
        double[] x = sorted.x();
        for (int n = 1; n < x.length; n++) {
            if (!(x[n - 1] < x[n])) {
                throw new IllegalArgumentException("natural cubic spline: x values must be distinct, " + x[n]
                        + " repeats");
            }
        }
        if (x.length < 3) {
            throw new IllegalArgumentException("natural cubic spline needs at least 3 points, got " + x.length);
        }
        return new NaturalCubicSpline(new SplineInterpolator().interpolate(x, sorted.y()));
    }

    public double value(double x) {
        if (x < knots[0]) {
            return leftLine[0] * x + leftLine[1];
        }
        if (x > knots[knots.length - 1]) {
            return rightLine[0] * x + rightLine[1];
        }
        return spline.value(x);
    }

    /** @return {@code f''(x)} inside {@code [x_1, x_N]}, 0 outside */
    public double secondDerivative(double x) {
        if (x < knots[0] || x > knots[knots.length - 1]) {
            return 0;
        }
        return spline.polynomialSplineDerivative().polynomialSplineDerivative().value(x);
    }

    /** @return the data values, where the cubic pieces meet */
    public double[] knots() {
        return knots.clone();
    }
}
