package org.splinelens.init.theory;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * The breakpoint {@code β = −b/w} for independent {@code b ~ U[−a_b, a_b]}, {@code w ~ U[−a_w, a_w]} (Cor 1(b)):
 * density {@code p(β) = min{a_b/|β|, a_w}² / (4 a_b a_w)}, flat on {@code |β| <= c = a_b/a_w} and with Cauchy-like
 * tails {@code a_b/(4 a_w β²)} beyond, so it has no mean and no variance.
 * cdf for {@code β >= 0}: {@code 1/2 + β a_w/(4 a_b)} on {@code [0, c]}, {@code 1 − a_b/(4 a_w β)} beyond.
 */
public final class UniformRatioDistribution extends SymmetricDistribution {
    private static final long serialVersionUID = 1L;

    private final double aB;
    private final double aW;

    public UniformRatioDistribution(double aB, double aW, RandomGenerator random) {
        super(random);
        Parameters.positive("a-b", aB);
        Parameters.positive("a-w", aW);
        this.aB = aB;
        this.aW = aW;
    }

    @Override
    public double density(double beta) {
        double m = Math.min(aB / Math.abs(beta), aW);
        return m * m / (4 * aB * aW);
    }

    @Override
    double halfMass(double beta) {
        double c = aB / aW;
        return beta <= c ? beta * aW / (4 * aB) : 0.5 - aB / (4 * aW * beta);
    }

    @Override
    public double getNumericalMean() {
        return Double.NaN;
    }

    @Override
    public double getNumericalVariance() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double sample() {
        double b = aB * (2 * random.nextDouble() - 1);
        double w;
        do {
            w = aW * (2 * random.nextDouble() - 1);
        } while (w == 0);
        return -b / w;
    }
}
