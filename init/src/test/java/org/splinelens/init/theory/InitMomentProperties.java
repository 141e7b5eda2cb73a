package org.splinelens.init.theory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.assertj.core.data.Offset;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.Bdso;

/**
 * The moments stated in the Remarks after Cor 1 ('shallow ReLU networks as splines', Sec 5.4) and the breakpoints'
 * missing second moment, each checked against Monte Carlo over sampled units (z-tests at 5 standard errors, the errors
 * those of the law under test, see {@link EvenMoments}) and against quadrature of the init module's densities.
 *
 * <p>Standardised laws and their even moments {@code E z², E z⁴, E z⁶, E z⁸}: the product of two independent
 * {@code N(0, 1)} has {@code E z^{2k} = ((2k − 1)!!)²} = 1, 9, 225, 11025; Laplace(0, 1) has {@code (2k)!} = 2, 24,
 * 720, 40320; the triangular law on [−1, 1] with mode 0 has {@code 2/((2k + 1)(2k + 2))} = 1/6, 1/15, 1/28, 1/45.
 */
class InitMomentProperties {
    private static final double[] PRODUCT_NORMAL = {1, 9, 225, 11025};
    private static final double[] LAPLACE = {2, 24, 720, 40320};
    private static final double[] TRIANGULAR = {1.0 / 6, 1.0 / 15, 1.0 / 28, 1.0 / 45};
    private static final int DRAWS = 400_000;

    /**
     * The Remarks after Cor 1, Gaussian case: {@code μ = w v} has variance {@code σ_w² σ_v²} and excess kurtosis 6
     * ({@code E μ⁴ = E w⁴ E v⁴ = 9 σ_w⁴ σ_v⁴}). Monte Carlo through the init module's sampler, and quadrature of its K0
     * density; the same test rejects the excess kurtosis 3 of a Laplace law (the conditional's, below) at more than 5
     * errors.
     */
    // seeded: Monte Carlo moments: the tolerances are a few standard errors, so an unseeded run would fail at their
    // rate
    @Property(tries = 5, seed = "601")
    void gaussianDeltaSlopeHasVarianceSigmaWSigmaVSquaredAndExcessKurtosisSix(
            @ForAll @DoubleRange(min = 0.1, max = 3) double sigmaW,
            @ForAll @DoubleRange(min = 0.1, max = 3) double sigmaV) {
        ProductNormalDistribution law = new ProductNormalDistribution(sigmaW, sigmaV, new Well19937c(602));
        double s = sigmaW * sigmaV;
        double[] z = new double[DRAWS];
        for (int k = 0; k < DRAWS; k++) {
            z[k] = law.sample() / s;
        }
        EvenMoments m = EvenMoments.of(z);
        assertThat(m.second()).isCloseTo(1, Offset.offset(5 * m.secondError(PRODUCT_NORMAL)));
        assertThat(m.fourth()).isCloseTo(9, Offset.offset(5 * m.fourthError(PRODUCT_NORMAL)));
        double error = m.kurtosisError(PRODUCT_NORMAL);
        assertThat(m.kurtosis() - 3).isCloseTo(6, Offset.offset(5 * error));
        assertThat(Math.abs(m.kurtosis() - 3 - 3)).isGreaterThan(5 * error);

        assertThat(law.getNumericalVariance()).isCloseTo(s * s, Offset.offset(1e-15 * s * s));
        double second = 2 * Quadrature.halfLine(mu -> mu * mu * law.density(mu), -12, 3, 5 * s, 20 * s);
        double fourth = 2 * Quadrature.halfLine(mu -> Math.pow(mu, 4) * law.density(mu), -12, 3, 5 * s, 20 * s);
        assertThat(second).isCloseTo(s * s, Offset.offset(1e-8 * s * s));
        assertThat(fourth / (second * second) - 3).isCloseTo(6, Offset.offset(1e-6));
    }

    /**
     * Cor 1(a) and the Remarks' conditional, Gaussian case (derived; the Remarks give it only for the uniform case):
     * {@code μ | β ~ Laplace(0, c(β))}, {@code c(β) = σ_b σ_v σ_w / √(σ_b² + σ_w² β²)}, so {@code Var(μ | β) = 2 c(β)²}
     * and the excess kurtosis is 3 whatever β. Units are drawn as network weights and read through core's BDSO;
     * {@code z = μ/c(β)} must be Laplace(0, 1) overall and within each quartile of |β| (the variance follows β).
     */
    // seeded: Monte Carlo moments: the tolerances are a few standard errors, so an unseeded run would fail at their
    // rate
    @Property(tries = 5, seed = "611")
    void gaussianDeltaSlopeGivenBreakpointIsLaplaceWithVarianceTwoCSquaredAndExcessKurtosisThree(
            @ForAll @DoubleRange(min = 0.2, max = 3) double sigmaB,
            @ForAll @DoubleRange(min = 0.2, max = 3) double sigmaW,
            @ForAll @DoubleRange(min = 0.2, max = 3) double sigmaV) {
        GaussianInitTheory theory = new GaussianInitTheory(sigmaB, sigmaW, sigmaV);
        Well19937c random = new Well19937c(612);
        double[] w = new double[DRAWS];
        double[] b = new double[DRAWS];
        double[] v = new double[DRAWS];
        for (int k = 0; k < DRAWS; k++) {
            b[k] = sigmaB * random.nextGaussian();
            w[k] = sigmaW * random.nextGaussian();
            v[k] = sigmaV * random.nextGaussian();
        }
        Bdso units = Bdso.of(ShallowNetwork.of(w, b, v, 0));
        double[] beta = units.breakpoints();
        double[] z = new double[units.size()];
        for (int k = 0; k < z.length; k++) {
            RealDistribution given = theory.deltaSlopesGiven(beta[k], null);
            z[k] = units.deltaSlope(k) / Math.sqrt(given.getNumericalVariance() / 2);
        }
        EvenMoments all = EvenMoments.of(z);
        assertThat(all.second()).isCloseTo(2, Offset.offset(5 * all.secondError(LAPLACE)));
        assertThat(all.fourth()).isCloseTo(24, Offset.offset(5 * all.fourthError(LAPLACE)));
        assertThat(all.kurtosis() - 3).isCloseTo(3, Offset.offset(5 * all.kurtosisError(LAPLACE)));

        Integer[] order = new Integer[z.length];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (p, q) -> Double.compare(Math.abs(beta[p]), Math.abs(beta[q])));
        int quarter = z.length / 4;
        for (int bin = 0; bin < 4; bin++) {
            double[] zBin = new double[quarter];
            for (int k = 0; k < quarter; k++) {
                zBin[k] = z[order[bin * quarter + k]];
            }
            EvenMoments m = EvenMoments.of(zBin);
            assertThat(m.second()).as("quartile %d of |β|", bin)
                    .isCloseTo(2, Offset.offset(5 * m.secondError(LAPLACE)));
            assertThat(m.kurtosis()).as("quartile %d of |β|", bin)
                    .isCloseTo(6, Offset.offset(5 * m.kurtosisError(LAPLACE)));
        }
        // the density the init module gives: fourth moment 24 c⁴ by quadrature
        double at = 0.8;
        RealDistribution given = theory.deltaSlopesGiven(at, null);
        double c = Math.sqrt(given.getNumericalVariance() / 2);
        double fourth = 2 * Quadrature.integrate(mu -> Math.pow(mu, 4) * given.density(mu), 0, c, 10 * c, 80 * c);
        assertThat(fourth).isCloseTo(24 * Math.pow(c, 4), Offset.offset(1e-8 * Math.pow(c, 4)));
    }

    /**
     * The Remarks after Cor 1, uniform conditional: {@code μ | β} is triangular on {@code ±a_v m(β)},
     * {@code m(β) = min{a_b/|β|, a_w}}, with variance {@code (a_v m(β))²/6} and excess kurtosis {@code −3/5};
     * {@code z = μ/(a_v m(β))} of units drawn as weights must have the triangular law's moments.
     */
    // seeded: Monte Carlo moments: the tolerances are a few standard errors, so an unseeded run would fail at their
    // rate
    @Property(tries = 5, seed = "621")
    void uniformDeltaSlopeGivenBreakpointIsTriangularWithExcessKurtosisMinusThreeFifths(
            @ForAll @DoubleRange(min = 0.2, max = 3) double aB, @ForAll @DoubleRange(min = 0.2, max = 3) double aW,
            @ForAll @DoubleRange(min = 0.2, max = 3) double aV) {
        UniformInitTheory theory = new UniformInitTheory(aB, aW, aV);
        Well19937c random = new Well19937c(622);
        double[] z = new double[DRAWS];
        for (int k = 0; k < DRAWS; k++) {
            double b = aB * (2 * random.nextDouble() - 1);
            double w = aW * (2 * random.nextDouble() - 1);
            double v = aV * (2 * random.nextDouble() - 1);
            double beta = -b / w;
            double half = theory.deltaSlopesGiven(beta, null).getSupportUpperBound();
            assertThat(half).isCloseTo(aV * Math.min(aB / Math.abs(beta), aW), Offset.offset(1e-12 * half));
            z[k] = w * v / half;
        }
        EvenMoments m = EvenMoments.of(z);
        assertThat(m.second()).isCloseTo(1.0 / 6, Offset.offset(5 * m.secondError(TRIANGULAR)));
        assertThat(m.kurtosis() - 3).isCloseTo(-0.6, Offset.offset(5 * m.kurtosisError(TRIANGULAR)));
    }

    /**
     * {@code E β² = ∞} under Gaussian init: {@code β = −b/w ~ Cauchy(0, γ)}, {@code γ = σ_b/σ_w} (Cor 1(a)), whose
     * truncated second moment {@code M(T) = E[β² ; |β| <= T] = (2γ/π)(T − γ arctan(T/γ))} grows like {@code 2γT/π}.
     * Checked: the closed form against quadrature of the init module's density and against Monte Carlo of
     * {@code −b/w}; {@code M(T)/T} tends to {@code 2γ/π} (linear growth, so {@code M(T) → ∞}); the tail
     * {@code P(|β| > T) = 1 − (2/π) arctan(T/γ)} against Monte Carlo; and the module's law reports no finite variance.
     */
    // seeded: Monte Carlo moments: the tolerances are a few standard errors, so an unseeded run would fail at their
    // rate
    @Property(tries = 5, seed = "631")
    void gaussianBreakpointsHaveNoFiniteSecondMoment(@ForAll @DoubleRange(min = 0.2, max = 3) double sigmaB,
            @ForAll @DoubleRange(min = 0.2, max = 3) double sigmaW) {
        GaussianInitTheory theory = new GaussianInitTheory(sigmaB, sigmaW, 1);
        RealDistribution law = theory.breakpoints(null);
        double gamma = sigmaB / sigmaW;
        Well19937c random = new Well19937c(632);
        double[] beta = new double[DRAWS];
        for (int k = 0; k < DRAWS; k++) {
            beta[k] = -sigmaB * random.nextGaussian() / (sigmaW * random.nextGaussian());
        }
        for (double t : new double[] {10 * gamma, 100 * gamma, 1000 * gamma}) {
            double closed = 2 * gamma / Math.PI * (t - gamma * Math.atan(t / gamma));
            double quadrature = 2 * Quadrature.integrate(x -> x * x * law.density(x), 0, gamma, 10 * gamma, t);
            assertThat(quadrature).isCloseTo(closed, Offset.offset(1e-9 * closed));
            double sum = 0;
            double sumSq = 0;
            int beyond = 0;
            for (double x : beta) {
                double q = Math.abs(x) <= t ? x * x : 0;
                sum += q;
                sumSq += q * q;
                beyond += Math.abs(x) > t ? 1 : 0;
            }
            double mean = sum / DRAWS;
            double error = Math.sqrt((sumSq / DRAWS - mean * mean) / DRAWS);
            assertThat(mean).as("M(%s)", t).isCloseTo(closed, Offset.offset(5 * error));
            double tail = 1 - 2 / Math.PI * Math.atan(t / gamma);
            assertThat((double) beyond / DRAWS)
                    .isCloseTo(tail, Offset.offset(5 * Math.sqrt(tail * (1 - tail) / DRAWS)));
            // M(T)/T = (2γ/π)(1 − (γ/T) arctan(T/γ)) → 2γ/π: the truncated moment grows linearly without bound
            assertThat(closed / t).isBetween(2 * gamma / Math.PI * (1 - Math.PI / 2 * gamma / t), 2 * gamma / Math.PI);
        }
        assertThat(Double.isFinite(law.getNumericalVariance())).isFalse();
    }
}
