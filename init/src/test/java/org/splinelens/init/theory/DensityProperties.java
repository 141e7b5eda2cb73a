package org.splinelens.init.theory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.Bdso;

/** Thm 1 and Cor 1 of 'shallow ReLU networks as splines': densities checked by quadrature and Monte Carlo. */
class DensityProperties {
    private static final GaussianInitTheory GAUSS = new GaussianInitTheory(0.7, 1.3, 0.4);
    private static final UniformInitTheory UNIFORM = new UniformInitTheory(1.5, 2.0, 0.5);

    @Test
    void marginalDensitiesIntegrateToOne() {
        for (InitTheory theory : new InitTheory[] {GAUSS, UNIFORM}) {
            RealDistribution beta = theory.breakpoints(new Well19937c(1));
            RealDistribution mu = theory.deltaSlopes(new Well19937c(1));
            // β tails fall like 1/β²: the mass beyond 10^8 is below 1e-8 for these scales
            double betaMass = 2 * Quadrature.halfLine(beta::density, -8, 8, 0.75);
            double muMass = 2 * Quadrature.halfLine(mu::density, -12, 3, 1.0);
            assertThat(betaMass).as("%s breakpoints", theory).isCloseTo(1.0, Offset.offset(1e-6));
            assertThat(muMass).as("%s delta-slopes", theory).isCloseTo(1.0, Offset.offset(1e-6));
        }
    }

    @Test
    void closedFormCdfsEqualTheIntegralOfTheirDensities() {
        for (InitTheory theory : new InitTheory[] {GAUSS, UNIFORM}) {
            for (RealDistribution d : new RealDistribution[] {theory.breakpoints(new Well19937c(1)),
                    theory.deltaSlopes(new Well19937c(1))}) {
                for (double x : new double[] {0.01, 0.1, 0.3, 0.75, 0.9, 2.5}) {
                    double[] points = java.util.stream.DoubleStream.concat(
                            java.util.stream.IntStream.rangeClosed(-15, 0).mapToDouble(e -> Math.pow(10, e))
                                    .filter(p -> p < x),
                            java.util.stream.DoubleStream.of(0, x, 0.75).filter(p -> p <= x)).sorted().toArray();
                    double integral = Quadrature.integrate(d::density, points);
                    assertThat(d.cumulativeProbability(x) - 0.5).as("%s at %s", d.getClass().getSimpleName(), x)
                            .isCloseTo(integral, Offset.offset(1e-9));
                }
            }
        }
    }

    @Test
    void jointDensityMarginalisesToBothMarginals() {
        for (InitTheory theory : new InitTheory[] {GAUSS, UNIFORM}) {
            RealDistribution beta = theory.breakpoints(new Well19937c(1));
            RealDistribution mu = theory.deltaSlopes(new Well19937c(1));
            for (double b : new double[] {0.0, 0.2, 0.75, 1.0, 3.0}) {
                double overMu = 2 * Quadrature.halfLine(m -> theory.jointDensity(b, m), -12, 3, 0.25, 0.375, 1.0);
                assertThat(overMu).as("∫ p(%s, μ) dμ", b).isCloseTo(beta.density(b), Offset.offset(1e-8));
            }
            for (double m : new double[] {0.01, 0.1, 0.3, 0.6}) {
                double overBeta = 2 * Quadrature.halfLine(b -> theory.jointDensity(b, m), -8, 8, 0.75, 1.5 * 0.5 / m);
                assertThat(overBeta).as("∫ p(β, %s) dβ", m).isCloseTo(mu.density(m), Offset.offset(1e-6));
            }
        }
    }

    @Test
    void conditionalIsJointOverMarginal() {
        for (InitTheory theory : new InitTheory[] {GAUSS, UNIFORM}) {
            RealDistribution beta = theory.breakpoints(new Well19937c(1));
            for (double b : new double[] {-2.0, 0.0, 0.4, 1.7}) {
                RealDistribution given = theory.deltaSlopesGiven(b, new Well19937c(1));
                for (double m = -1.0; m <= 1.0; m += 0.0731) {
                    assertThat(given.density(m)).isCloseTo(theory.jointDensity(b, m) / beta.density(b),
                            Offset.offset(1e-12 * (1 + given.density(m))));
                }
            }
        }
    }

    /**
     * 200,000 units drawn as network weights and converted by core's BDSO: the Kolmogorov–Smirnov distance to the
     * theory's cdf stays below 1.95/√n (the 0.1% critical value); a density off by a scale factor of 1.05 already
     * moves the distance to about 0.02, ten times the bound.
     */
    @Test
    void sampledUnitsMatchTheTheory() {
        int n = 200_000;
        Well19937c random = new Well19937c(20261123L);
        double[][] gauss = sampleUnits(n, random, true);
        double[][] uniform = sampleUnits(n, random, false);
        double bound = 1.95 / Math.sqrt(n);
        assertThat(ks(gauss[0], GAUSS.breakpoints(null))).isLessThan(bound);
        assertThat(ks(gauss[1], GAUSS.deltaSlopes(null))).isLessThan(bound);
        assertThat(ks(uniform[0], UNIFORM.breakpoints(null))).isLessThan(bound);
        assertThat(ks(uniform[1], UNIFORM.deltaSlopes(null))).isLessThan(bound);
        // the same statistic rejects a slightly wrong law
        assertThat(ks(gauss[1], new ProductNormalDistribution(GAUSS.sigmaW() * 1.05, GAUSS.sigmaV(), null)))
                .isGreaterThan(bound);
    }

    private static double[][] sampleUnits(int n, Well19937c random, boolean gaussian) {
        double[] w = new double[n];
        double[] b = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            if (gaussian) {
                b[i] = GAUSS.sigmaB() * random.nextGaussian();
                w[i] = GAUSS.sigmaW() * random.nextGaussian();
                v[i] = GAUSS.sigmaV() * random.nextGaussian();
            } else {
                b[i] = UNIFORM.aB() * (2 * random.nextDouble() - 1);
                w[i] = UNIFORM.aW() * (2 * random.nextDouble() - 1);
                v[i] = UNIFORM.aV() * (2 * random.nextDouble() - 1);
            }
        }
        Bdso bdso = Bdso.of(ShallowNetwork.of(w, b, v, 0));
        return new double[][] {bdso.breakpoints(), bdso.deltaSlopes()};
    }

    private static double ks(double[] sample, RealDistribution law) {
        double[] x = sample.clone();
        Arrays.sort(x);
        double d = 0;
        for (int i = 0; i < x.length; i++) {
            double f = law.cumulativeProbability(x[i]);
            d = Math.max(d, Math.max(Math.abs(f - (double) i / x.length), Math.abs((i + 1.0) / x.length - f)));
        }
        return d;
    }
}
