package org.splinelens.core.testing;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/** The Kolmogorov–Smirnov distance of a sample from a law, for tests of sampled laws against their theory. */
public final class KolmogorovSmirnov {
    private KolmogorovSmirnov() {
    }

    /**
     * @param sample the draws (sorted in place)
     * @param cdf    the law's cumulative distribution function
     * @return {@code sup_x |F_n(x) − F(x)|}; below {@code 1.95/√n} at the 0.1% level when the sample follows the law
     */
    public static double distance(double[] sample, DoubleUnaryOperator cdf) {
        Arrays.sort(sample);
        double d = 0;
        for (int i = 0; i < sample.length; i++) {
            double f = cdf.applyAsDouble(sample[i]);
            d = Math.max(d, Math.max(f - (double) i / sample.length, (i + 1.0) / sample.length - f));
        }
        return d;
    }
}
