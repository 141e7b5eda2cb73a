package org.splinelens.core.roughness;

import org.splinelens.core.deep.DeepBreakpointAnalysis;
import org.splinelens.core.spline.Bdso;
import org.splinelens.core.spline.Pwl;

/**
 * Roughness measures. The papers define {@code ρ = Σ_i μ_i²} over a network's delta-slopes ('shallow ReLU networks
 * as splines', before Thm 2). That is a property of the parametrization: units sharing a breakpoint, or a unit with a
 * zero delta-slope, count differently from the function they compute. The function's own roughness sums the squared
 * net slope jumps over its distinct knots; the two agree when no two breakpoints coincide.
 */
public final class Roughness {
    private Roughness() {
    }

    /** @return {@code ρ = Σ_i μ_i²} (papers' definition) */
    public static double ofDeltaSlopes(Bdso bdso) {
        double sum = 0;
        for (int i = 0; i < bdso.size(); i++) {
            sum += bdso.deltaSlope(i) * bdso.deltaSlope(i);
        }
        return sum;
    }

    /** @return {@code Σ μ_i²} over the units whose breakpoint lies in {@code [a, b]} */
    public static double ofDeltaSlopesIn(Bdso bdso, double a, double b) {
        checkInterval(a, b);
        double sum = 0;
        for (int i = 0; i < bdso.size(); i++) {
            double beta = bdso.breakpoint(i);
            if (beta >= a && beta <= b) {
                sum += bdso.deltaSlope(i) * bdso.deltaSlope(i);
            }
        }
        return sum;
    }

    /** @return the function's roughness {@code Σ_k (m_k − m_{k−1})²} over its distinct knots */
    public static double ofFunction(Pwl pwl) {
        return ofFunctionIn(pwl, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * @return {@code Σ (m_k − m_{k−1})²} over the knots in the closed interval {@code [a, b]}: the roughness of the
     *         fit inside a data gap {@code [a, b]}, as measured in 'shallow ReLU networks as splines' Fig 4
     */
    public static double ofFunctionIn(Pwl pwl, double a, double b) {
        checkInterval(a, b);
        double sum = 0;
        for (int k = 0; k < pwl.knotCount(); k++) {
            double knot = pwl.knot(k);
            if (knot >= a && knot <= b) {
                double jump = pwl.slope(k + 1) - pwl.slope(k);
                sum += jump * jump;
            }
        }
        return sum;
    }

    /** @return {@code ρ^{(ℓ)}} per hidden layer, as defined in {@code LayerBreakpoints.roughness()} */
    public static double[] byLayer(DeepBreakpointAnalysis analysis) {
        return analysis.roughnessByLayer();
    }

    private static void checkInterval(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || a > b) {
            throw new IllegalArgumentException("roughness interval [" + a + ", " + b + "] is empty");
        }
    }
}
