package org.splinelens.init.theory;

/**
 * Sample second and fourth moments of a symmetric law and their standard errors under the hypothesis that the draws
 * follow a law with the given even moments {@code a_2, a_4, a_6, a_8} (a z-test: the errors are those of the law being
 * tested). The kurtosis {@code m_4/m_2²} gets its error by the delta method:
 * {@code Var κ̂ ≈ g_2² Var m̂_2 + g_4² Var m̂_4 + 2 g_2 g_4 Cov} with {@code g_2 = −2a_4/a_2³}, {@code g_4 = 1/a_2²},
 * {@code Var m̂_2 = (a_4 − a_2²)/n}, {@code Var m̂_4 = (a_8 − a_4²)/n}, {@code Cov = (a_6 − a_2 a_4)/n}.
 *
 * @param second   {@code m_2 = (1/n) Σ z²}
 * @param fourth   {@code m_4 = (1/n) Σ z⁴}
 * @param count    n
 */
record EvenMoments(double second, double fourth, int count) {

    static EvenMoments of(double[] z) {
        double s2 = 0;
        double s4 = 0;
        for (double v : z) {
            double q = v * v;
            s2 += q;
            s4 += q * q;
        }
        return new EvenMoments(s2 / z.length, s4 / z.length, z.length);
    }

    /** @return {@code m_4/m_2²}, the kurtosis (3 for a normal law) */
    double kurtosis() {
        return fourth / (second * second);
    }

    /** @return the standard error of {@code m_2} under a law with even moments {@code a} = {a_2, a_4, a_6, a_8} */
    double secondError(double[] a) {
        return Math.sqrt((a[1] - a[0] * a[0]) / count);
    }

    /** @return the standard error of {@code m_4} under the law {@code a} */
    double fourthError(double[] a) {
        return Math.sqrt((a[3] - a[1] * a[1]) / count);
    }

    /** @return the delta-method standard error of the kurtosis under the law {@code a} */
    double kurtosisError(double[] a) {
        double g2 = -2 * a[1] / (a[0] * a[0] * a[0]);
        double g4 = 1 / (a[0] * a[0]);
        double v22 = (a[1] - a[0] * a[0]) / count;
        double v44 = (a[3] - a[1] * a[1]) / count;
        double c24 = (a[2] - a[0] * a[1]) / count;
        return Math.sqrt(g2 * g2 * v22 + g4 * g4 * v44 + 2 * g2 * g4 * c24);
    }
}
