package org.splinelens.init.theory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
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

    /**
     * FC Cor 1(a) prints {@code p(μ) = G^{2,0}_{0,2}(μ²/(4σ_vσ_w) | 0, 0) / (2πσ_vσ_w)}; SRS Cor 1(a) has
     * {@code μ²/(4σ_v²σ_w²)}. G is evaluated from its Mellin convolution {@code G^{2,0}_{0,2}(z | 0, 0) =
     * ∫_0^∞ t⁻¹ e^{−t − z/t} dt} (whose Mellin transform is Γ(s)², the Mellin–Barnes integrand that defines it), not
     * through the Bessel identity. At σ_w = 2, σ_v = 1.5 (σ_vσ_w = 3, where the two forms differ) against 200,000
     * draws of {@code w v}: the squared form is our density {@code K0(|μ|/(σ_vσ_w))/(πσ_vσ_w)}, has mass 1 and
     * matches the draws' probabilities {@code P(|μ| <= c)} within 4 standard errors; the printed form has mass
     * {@code 1/√(σ_vσ_w)}, and even normalised its variance is {@code σ_vσ_w}, not the draws' {@code σ_v²σ_w²}.
     */
    @Test
    void gaussianDeltaSlopeMeijerGArgumentHasSquaredSigmas() {
        double sigmaW = 2.0;
        double sigmaV = 1.5;
        double s = sigmaW * sigmaV;
        DoubleUnaryOperator printed = mu -> meijerG(mu * mu / (4 * s)) / (2 * Math.PI * s);
        DoubleUnaryOperator squared = mu -> meijerG(mu * mu / (4 * s * s)) / (2 * Math.PI * s);
        GaussianInitTheory ours = new GaussianInitTheory(1, sigmaW, sigmaV);
        for (double mu : new double[] {0.01, 0.3, 1, 2.5, 6, 15}) {
            double density = ours.deltaSlopes(null).density(mu);
            assertThat(squared.applyAsDouble(mu)).isCloseTo(density, Offset.offset(1e-9 * density));
        }
        assertThat(mass(squared, 200)).isCloseTo(1, Offset.offset(1e-8));
        assertThat(mass(printed, 200)).isCloseTo(1 / Math.sqrt(s), Offset.offset(1e-8));

        SplittableRandom random = new SplittableRandom(2024);
        int n = 200_000;
        double[] draws = new double[n];
        for (int k = 0; k < n; k++) {
            draws[k] = sigmaW * random.nextGaussian() * sigmaV * random.nextGaussian();
        }
        double printedMass = mass(printed, 200);
        double worstPrinted = 0;
        for (double c : new double[] {0.25, 1, 2, 4, 8, 16}) {
            double fraction = 0;
            for (double mu : draws) {
                fraction += Math.abs(mu) <= c ? 1.0 / n : 0;
            }
            double p = mass(squared, c);
            assertThat(fraction).as("P(|μ| <= %s)", c).isCloseTo(p, Offset.offset(4 * Math.sqrt(p * (1 - p) / n)));
            worstPrinted = Math.max(worstPrinted, Math.abs(mass(printed, c) / printedMass - fraction));
        }
        assertThat(worstPrinted).as("the printed form, normalised").isGreaterThan(0.1);
        double variance = new Variance().evaluate(draws);
        // standard error of a sample variance: σ² √((κ − 1)/n) with kurtosis κ = 9 for the product of normals
        assertThat(variance).isCloseTo(s * s, Offset.offset(4 * s * s * Math.sqrt(8.0 / n)));
        double printedVariance = secondMoment(printed) / printedMass;
        assertThat(printedVariance).isCloseTo(s, Offset.offset(1e-6));
        assertThat(secondMoment(squared)).isCloseTo(s * s, Offset.offset(1e-6));
    }

    /**
     * {@code G^{2,0}_{0,2}(z | 0, 0) = ∫_0^∞ t⁻¹ e^{−t − z/t} dt = ∫ exp(−e^u − z e^{−u}) du}, z > 0, on unit segments
     * where the integrand is above e⁻⁵⁰ of its peak: it falls as exp(−e^u) right of {@code max(4, ln √z + 4)} and as
     * exp(−z e^{−u}) left of {@code min(ln z, ln √z) − 4}.
     */
    private static double meijerG(double z) {
        double lower = Math.min(Math.log(z), 0.5 * Math.log(z)) - 4;
        double upper = Math.max(4, 0.5 * Math.log(z) + 4);
        int segments = (int) Math.ceil(upper - lower);
        double[] points = new double[segments + 1];
        for (int k = 0; k <= segments; k++) {
            points[k] = lower + (upper - lower) * k / segments;
        }
        return Quadrature.integrate(u -> Math.exp(-Math.exp(u) - z * Math.exp(-u)), points);
    }

    /** @return {@code P(|μ| <= c) = 2 ∫_0^c p}, on log-spaced segments for the logarithmic peak at 0 */
    private static double mass(DoubleUnaryOperator density, double c) {
        double[] points = java.util.stream.DoubleStream.concat(java.util.stream.DoubleStream.of(0),
                java.util.stream.IntStream.rangeClosed(-10, 3).mapToDouble(e -> Math.pow(10, e))
                        .filter(t -> t < c)).toArray();
        double[] withEnd = java.util.Arrays.copyOf(points, points.length + 1);
        withEnd[points.length] = c;
        return 2 * Quadrature.integrate(density, withEnd);
    }

    private static double secondMoment(DoubleUnaryOperator density) {
        return 2 * Quadrature.halfLine(mu -> mu * mu * density.applyAsDouble(mu), -10, 3, 30, 60, 100, 200, 300);
    }
}
