package org.splinelens.init.theory;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The corrections recorded in docs/ERRATA.md, each shown against an independent computation. */
class ErrataTest {
    private static final UniformInitTheory UNIFORM = new UniformInitTheory(1.5, 2.0, 0.5);

    /**
     * Thm 1(b): the paper's support {@code |μ| <= min{a_b a_v/|β|, a_w, a_v}} loses mass (at β = 0 it cuts the
     * support at a_v = 0.5 instead of a_w a_v = 1); the corrected {@code min{a_b a_v/|β|, a_w a_v}} integrates to the
     * marginal p(β).
     */
    @Test
    void uniformJointDensitySupportIsAwAvNotMinOfAwAndAv() {
        double beta = 0.0;
        double m = UNIFORM.aW();
        double paperBound = Math.min(UNIFORM.aW(), UNIFORM.aV());
        double paper = 2 * Quadrature.integrate(mu -> mu > paperBound ? 0
                : (m - mu / UNIFORM.aV()) / (4 * UNIFORM.aB() * UNIFORM.aW() * UNIFORM.aV()), 0, paperBound, 1);
        double corrected = 2 * Quadrature.integrate(mu -> UNIFORM.jointDensity(beta, mu), 0, 1);
        double marginal = UNIFORM.breakpoints(null).density(beta);
        assertThat(corrected).isCloseTo(marginal, Offset.offset(1e-12));
        assertThat(paper).isLessThan(0.8 * marginal);
    }

    /**
     * Sec 5.3 remarks: the uniform delta-slope marginal has variance {@code a_w² a_v²/9} (not {@code 2 a_w³ a_v³/9}) and
     * excess kurtosis {@code 81/25 − 3} (not {@code 81/(50 a_w a_v) − 3}); checked by Monte Carlo on 10^6 draws.
     */
    @Test
    void uniformDeltaSlopeMomentsAreScaleFree() {
        Well19937c random = new Well19937c(7);
        int n = 1_000_000;
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = UNIFORM.aW() * (2 * random.nextDouble() - 1) * UNIFORM.aV() * (2 * random.nextDouble() - 1);
        }
        double a = UNIFORM.aW() * UNIFORM.aV();
        double variance = new Variance().evaluate(mu);
        // standard error of the variance ≈ sqrt((κ − 1)/n)·σ², κ = 81/25
        assertThat(variance).isCloseTo(a * a / 9, Offset.offset(4 * Math.sqrt(2.24 / n) * a * a / 9));
        assertThat(2 * Math.pow(a, 3) / 9).isNotCloseTo(variance, Offset.offset(0.01));
        assertThat(new Kurtosis().evaluate(mu)).isCloseTo(81.0 / 25 - 3, Offset.offset(0.03));
        assertThat(UNIFORM.deltaSlopes(null).getNumericalVariance()).isCloseTo(a * a / 9, Offset.offset(1e-15));
    }
}
