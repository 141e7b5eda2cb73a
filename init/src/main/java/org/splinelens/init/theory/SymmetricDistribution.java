package org.splinelens.init.theory;

import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Base for the symmetric-about-zero distributions of the function-space parameters: subclasses give the density and
 * {@code P(0 <= X <= x)} for {@code x >= 0}; the cdf follows by symmetry, and sampling draws the network weights
 * and transforms them, exactly as an initializer does.
 */
abstract class SymmetricDistribution extends AbstractRealDistribution {
    private static final long serialVersionUID = 1L;

    SymmetricDistribution(RandomGenerator random) {
        super(random);
    }

    /** @return {@code P(0 <= X <= x)} for {@code x >= 0} */
    abstract double halfMass(double x);

    @Override
    public double cumulativeProbability(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x >= 0 ? 0.5 + halfMass(x) : 0.5 - halfMass(-x);
    }

    @Override
    public double getNumericalMean() {
        return 0.0;
    }

    @Override
    public boolean isSupportLowerBoundInclusive() {
        return true;
    }

    @Override
    public boolean isSupportUpperBoundInclusive() {
        return true;
    }

    @Override
    public boolean isSupportConnected() {
        return true;
    }

    /** The whole line unless a bounded law says otherwise. */
    @Override
    public double getSupportLowerBound() {
        return Double.NEGATIVE_INFINITY;
    }

    @Override
    public double getSupportUpperBound() {
        return Double.POSITIVE_INFINITY;
    }
}
