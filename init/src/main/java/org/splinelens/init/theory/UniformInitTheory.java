package org.splinelens.init.theory;

import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Independent Uniform initialization {@code b ~ U[−a_b, a_b]}, {@code w ~ U[−a_w, a_w]}, {@code v ~ U[−a_v, a_v]}
 * (Thm 1(b), Cor 1(b)). With {@code m(β) = min{a_b/|β|, a_w}}:
 * <ul>
 *   <li>{@code p(β, μ) = [|μ| <= a_v m(β)] (m(β) − |μ|/a_v) / (4 a_b a_w a_v)} — the paper's indicator
 *       {@code |μ| <= min{a_b a_v/|β|, a_w, a_v}} is a typo for {@code min{a_b a_v/|β|, a_w a_v}} (docs/ERRATA.md);</li>
 *   <li>{@code p(β) = m(β)² / (4 a_b a_w)};</li>
 *   <li>{@code p(μ) = ln(a_w a_v/|μ|) / (2 a_w a_v)} on {@code |μ| <= a_w a_v};</li>
 *   <li>{@code p(μ | β)} triangular on {@code [−a_v m(β), a_v m(β)]} with mode 0.</li>
 * </ul>
 * Derivation: given {@code β}, {@code |w|} has density {@code 2|w|/m²} on {@code [0, m]} and
 * {@code μ | w ~ U[−|w| a_v, |w| a_v]}.
 *
 * @param aB half-width of the bias distribution
 * @param aW half-width of the input-weight distribution
 * @param aV half-width of the output-weight distribution
 */
public record UniformInitTheory(double aB, double aW, double aV) implements InitTheory {

    public UniformInitTheory {
        Parameters.positive("a-b", aB);
        Parameters.positive("a-w", aW);
        Parameters.positive("a-v", aV);
    }

    private double reach(double beta) {
        return Math.min(aB / Math.abs(beta), aW);
    }

    @Override
    public double jointDensity(double beta, double mu) {
        double m = reach(beta);
        double a = Math.abs(mu);
        return a > aV * m ? 0.0 : (m - a / aV) / (4 * aB * aW * aV);
    }

    @Override
    public RealDistribution breakpoints(RandomGenerator random) {
        return new UniformRatioDistribution(aB, aW, random);
    }

    @Override
    public RealDistribution deltaSlopes(RandomGenerator random) {
        return new UniformProductDistribution(aW, aV, random);
    }

    @Override
    public RealDistribution deltaSlopesGiven(double beta, RandomGenerator random) {
        double half = aV * reach(beta);
        return new TriangularDistribution(random, -half, 0, half);
    }

    /** {@code E μ⁴ = E w⁴ E v⁴ = a_w⁴ a_v⁴ / 25}. */
    @Override
    public double deltaSlopeFourthMoment() {
        double a2 = aW * aW * aV * aV;
        return a2 * a2 / 25;
    }
}
