package org.splinelens.init.theory;

import org.apache.commons.math3.distribution.CauchyDistribution;
import org.apache.commons.math3.distribution.LaplaceDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Independent Gaussian initialization {@code b ~ N(0, σ_b²)}, {@code w ~ N(0, σ_w²)}, {@code v ~ N(0, σ_v²)}
 * (Thm 1(a), Cor 1(a)). With {@code S(β) = σ_b² + σ_w² β²}:
 * <ul>
 *   <li>{@code p(β, μ) = exp(−|μ| √S / (σ_b σ_v σ_w)) / (2π σ_v √S)};</li>
 *   <li>{@code p(β) = Cauchy(0, σ_b/σ_w)};</li>
 *   <li>{@code p(μ) = K0(|μ|/(σ_v σ_w)) / (π σ_v σ_w)};</li>
 *   <li>{@code p(μ | β) = Laplace(0, σ_b σ_v σ_w / √S)}.</li>
 * </ul>
 * Derivation (checked against the paper, which is right here): conditioning on {@code w},
 * {@code β | w ~ N(0, σ_b²/w²)} and {@code μ | w ~ N(0, σ_v² w²)}; integrating {@code w} out uses
 * {@code ∫_0^∞ exp(−A w² − B/w²) dw = ½ √(π/A) e^{−2√(AB)}}.
 *
 * @param sigmaB standard deviation of the biases
 * @param sigmaW standard deviation of the input weights
 * @param sigmaV standard deviation of the output weights
 */
public record GaussianInitTheory(double sigmaB, double sigmaW, double sigmaV) implements InitTheory {

    public GaussianInitTheory {
        Parameters.positive("sigma-b", sigmaB);
        Parameters.positive("sigma-w", sigmaW);
        Parameters.positive("sigma-v", sigmaV);
    }

    /** He initialization of a shallow net of width H, in the papers' convention: σ_w = √2, σ_v = √(2/H). */
    public static GaussianInitTheory he(int width, double sigmaB) {
        positiveWidth(width);
        return new GaussianInitTheory(sigmaB, Math.sqrt(2), Math.sqrt(2.0 / width));
    }

    /** Glorot initialization of a shallow net of width H, in the papers' convention: σ_w = σ_v = √(2/(H+1)). */
    public static GaussianInitTheory glorot(int width, double sigmaB) {
        positiveWidth(width);
        double s = Math.sqrt(2.0 / (width + 1));
        return new GaussianInitTheory(sigmaB, s, s);
    }

    private static void positiveWidth(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be >= 1, got " + width);
        }
    }

    private double spread(double beta) {
        return Math.sqrt(sigmaB * sigmaB + sigmaW * sigmaW * beta * beta);
    }

    @Override
    public double jointDensity(double beta, double mu) {
        double s = spread(beta);
        return Math.exp(-Math.abs(mu) * s / (sigmaB * sigmaV * sigmaW)) / (2 * Math.PI * sigmaV * s);
    }

    @Override
    public RealDistribution breakpoints(RandomGenerator random) {
        return new CauchyDistribution(random, 0, sigmaB / sigmaW, CauchyDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    }

    @Override
    public RealDistribution deltaSlopes(RandomGenerator random) {
        return new ProductNormalDistribution(sigmaW, sigmaV, random);
    }

    @Override
    public RealDistribution deltaSlopesGiven(double beta, RandomGenerator random) {
        return new LaplaceDistribution(random, 0, sigmaB * sigmaV * sigmaW / spread(beta));
    }

    /** {@code E μ⁴ = E w⁴ E v⁴ = 9 σ_w⁴ σ_v⁴}. */
    @Override
    public double deltaSlopeFourthMoment() {
        double s2 = sigmaW * sigmaW * sigmaV * sigmaV;
        return 9 * s2 * s2;
    }
}
