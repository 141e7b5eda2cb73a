package org.splinelens.init.theory;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * The delta-slope {@code μ = w v} for independent {@code w ~ U[−a_w, a_w]}, {@code v ~ U[−a_v, a_v]} (Cor 1(b)):
 * density {@code p(μ) = ln(A/|μ|) / (2A)} on {@code |μ| <= A = a_w a_v}; cdf for {@code 0 <= μ <= A}:
 * {@code 1/2 + (μ/(2A)) (ln(A/μ) + 1)}; variance {@code A²/9}, excess kurtosis {@code 81/25 − 3}.
 */
public final class UniformProductDistribution extends SymmetricDistribution {
    private static final long serialVersionUID = 1L;

    private final double aW;
    private final double aV;
    private final double bound;

    public UniformProductDistribution(double aW, double aV, RandomGenerator random) {
        super(random);
        Parameters.positive("a-w", aW);
        Parameters.positive("a-v", aV);
        this.aW = aW;
        this.aV = aV;
        this.bound = aW * aV;
    }

    @Override
    public double density(double mu) {
        double m = Math.abs(mu);
        return m > bound ? 0.0 : Math.log(bound / m) / (2 * bound);
    }

    @Override
    double halfMass(double mu) {
        if (mu == 0) {
            return 0;
        }
        if (mu >= bound) {
            return 0.5;
        }
        return mu / (2 * bound) * (Math.log(bound / mu) + 1);
    }

    @Override
    public double getNumericalVariance() {
        return bound * bound / 9;
    }

    @Override
    public double getSupportLowerBound() {
        return -bound;
    }

    @Override
    public double getSupportUpperBound() {
        return bound;
    }

    @Override
    public double sample() {
        return aW * (2 * random.nextDouble() - 1) * aV * (2 * random.nextDouble() - 1);
    }
}
