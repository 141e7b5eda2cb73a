package org.splinelens.init.theory;

import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Function-space law of one hidden unit under an independent random initialization of {@code (b, w, v)}
 * ('shallow ReLU networks as splines', Thm 1 and Cor 1): the joint density of its breakpoint and delta-slope,
 * the two marginals and the conditional of the delta-slope given the breakpoint. Distributions sample with the
 * caller's seeded generator.
 */
public sealed interface InitTheory permits GaussianInitTheory, UniformInitTheory {

    /** @return {@code p(β, μ)} (Thm 1) */
    double jointDensity(double breakpoint, double deltaSlope);

    /** @return the marginal law of {@code β} (Cor 1) */
    RealDistribution breakpoints(RandomGenerator random);

    /** @return the marginal law of {@code μ} (Cor 1) */
    RealDistribution deltaSlopes(RandomGenerator random);

    /** @return the law of {@code μ} given {@code β} (Cor 1) */
    RealDistribution deltaSlopesGiven(double breakpoint, RandomGenerator random);

    /** @return {@code E μ⁴}, which with {@code E μ² = Var μ} gives {@code Var ρ0 = H (E μ⁴ − (E μ²)²)} (Thm 2) */
    double deltaSlopeFourthMoment();

    /** @return {@code E ρ0 = H E μ²} for a net of width H */
    default double roughnessMean(int width) {
        return width * deltaSlopes(null).getNumericalVariance();
    }

    /** @return {@code Var ρ0 = H (E μ⁴ − (E μ²)²)} for a net of width H */
    default double roughnessVariance(int width) {
        double second = deltaSlopes(null).getNumericalVariance();
        return width * (deltaSlopeFourthMoment() - second * second);
    }
}
