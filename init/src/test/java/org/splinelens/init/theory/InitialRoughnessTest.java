package org.splinelens.init.theory;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.random.Well19937c;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Thm 2: E[ρ0], Var[ρ0] and the Cantelli bound against Monte Carlo over sampled networks. */
class InitialRoughnessTest {

    @Test
    void closedFormsForHeAndGlorot() {
        for (int h : new int[] {1, 10, 100}) {
            assertThat(InitialRoughness.he(h).mean()).isCloseTo(4.0, Offset.offset(1e-12));
            assertThat(InitialRoughness.he(h).variance()).isCloseTo(128.0 / h, Offset.offset(1e-12));
            assertThat(InitialRoughness.glorot(h).mean()).isCloseTo(4.0 * h / ((h + 1.0) * (h + 1.0)),
                    Offset.offset(1e-12));
            assertThat(InitialRoughness.glorot(h).variance()).isCloseTo(128.0 * h / Math.pow(h + 1, 4),
                    Offset.offset(1e-12));
        }
    }

    /** 40 batches of 2,000 He and Glorot networks: mean and variance within 4 standard errors of Thm 2. */
    @Test
    void monteCarloMatchesMeanAndVariance() {
        Well19937c random = new Well19937c(11);
        for (InitialRoughness theory : new InitialRoughness[] {InitialRoughness.he(10), InitialRoughness.glorot(10),
                new InitialRoughness(5, 0.3, 2.0)}) {
            int batches = 40;
            int perBatch = 2_000;
            double[] means = new double[batches];
            double[] variances = new double[batches];
            int exceed = 0;
            double lambda = 2 * Math.sqrt(theory.variance());
            for (int k = 0; k < batches; k++) {
                double sum = 0;
                double sumSq = 0;
                for (int s = 0; s < perBatch; s++) {
                    double rho = 0;
                    for (int i = 0; i < theory.width(); i++) {
                        double mu = theory.sigmaW() * random.nextGaussian() * theory.sigmaV() * random.nextGaussian();
                        rho += mu * mu;
                    }
                    sum += rho;
                    sumSq += rho * rho;
                    if (rho - theory.mean() >= lambda) {
                        exceed++;
                    }
                }
                means[k] = sum / perBatch;
                variances[k] = (sumSq - sum * sum / perBatch) / (perBatch - 1);
            }
            assertWithinFourStandardErrors(means, theory.mean());
            assertWithinFourStandardErrors(variances, theory.variance());
            assertThat((double) exceed / (batches * perBatch)).isLessThanOrEqualTo(theory.tailBound(lambda));
        }
    }

    private static void assertWithinFourStandardErrors(double[] batchValues, double expected) {
        double mean = 0;
        for (double v : batchValues) {
            mean += v;
        }
        mean /= batchValues.length;
        double var = 0;
        for (double v : batchValues) {
            var += (v - mean) * (v - mean);
        }
        double standardError = Math.sqrt(var / (batchValues.length - 1) / batchValues.length);
        assertThat(mean).isCloseTo(expected, Offset.offset(4 * standardError));
    }
}
