package org.splinelens.baselines.interpolation;

import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialFunction;
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
        PolynomialSplineFunction spline = new SplineInterpolator().interpolate(x, sorted.y());
        // the cubic's coefficients carry Δy/h and the curvature ~ Δy/h²: a spacing h whose square underflows, or y
        // steps that overflow, make them non-finite; refuse rather than return a spline that evaluates to NaN
        PolynomialFunction[] pieces = spline.getPolynomials();
        for (int p = 0; p < pieces.length; p++) {
            for (double c : pieces[p].getCoefficients()) {
                if (!Double.isFinite(c)) {
                    throw new IllegalArgumentException("natural cubic spline: the piece on [" + x[p] + ", " + x[p + 1]
                            + "] is not finite: x spacing " + (x[p + 1] - x[p]) + " too small (or y too large) for"
                            + " double precision (the curvature ~ Δy/h² overflows); rescale x");
                }
            }
        }
        NaturalCubicSpline result = new NaturalCubicSpline(spline);
        if (!(Double.isFinite(result.leftLine[0]) && Double.isFinite(result.leftLine[1])
                && Double.isFinite(result.rightLine[0]) && Double.isFinite(result.rightLine[1]))) {
            throw new IllegalArgumentException("natural cubic spline: the lines beyond the data are not finite: the"
                    + " data are too large for double precision; rescale x or y");
        }
        return result;
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
