package org.splinelens.init.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.RealDistribution;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.init.InitModule;
import org.splinelens.init.Initializer;
import org.splinelens.init.InitializerPlugin;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.init.theory.GaussianInitTheory;
import org.splinelens.init.theory.InitTheory;
import org.splinelens.init.theory.InitialRoughness;
import org.splinelens.init.theory.UniformInitTheory;

/**
 * The sampled statistics against Thm 1 / Thm 2: roughness mean and variance by batches of networks (the batch means
 * and batch variances give their own standard errors), layer-1 breakpoints of a deep net by Kolmogorov–Smirnov.
 */
class InitStatisticsTest {
    private static final int WIDTH = 50;
    private static final int BATCHES = 20;
    private static final int PER_BATCH = 400;

    @Test
    void heNormalRoughnessMatchesThm2() {
        GaussianInitTheory theory = new GaussianInitTheory(Math.sqrt(2), Math.sqrt(2), Math.sqrt(2.0 / WIDTH));
        assertRoughnessMatches(initializer("he-normal"), theory);
        // the general E μ⁴ route agrees with the Gaussian closed form of Thm 2
        InitialRoughness he = InitialRoughness.he(WIDTH);
        assertThat(theory.roughnessMean(WIDTH)).isCloseTo(he.mean(), within(1e-12));
        assertThat(theory.roughnessVariance(WIDTH)).isCloseTo(he.variance(), within(1e-9 * he.variance()));
    }

    @Test
    void uniformRoughnessMatchesItsMoments() {
        assertRoughnessMatches(initializer("uniform"), new UniformInitTheory(1, 1, 1));
    }

    private static void assertRoughnessMatches(Initializer init, InitTheory theory) {
        double[] means = new double[BATCHES];
        double[] variances = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            SampleStatistics rho = InitStatistics.sample(init, new DeepArchitecture(WIDTH), null, PER_BATCH, 1000 + b).get(0)
                    .roughness();
            assertThat(rho.count()).isEqualTo(PER_BATCH);
            means[b] = rho.mean();
            variances[b] = rho.variance();
        }
        assertWithinFourStandardErrors(means, theory.roughnessMean(WIDTH));
        assertWithinFourStandardErrors(variances, theory.roughnessVariance(WIDTH));
    }

    private static void assertWithinFourStandardErrors(double[] batches, double expected) {
        SampleStatistics s = SampleStatistics.of(batches);
        double standardError = Math.sqrt(s.variance() / batches.length);
        assertThat(s.mean()).isCloseTo(expected, within(4 * standardError));
    }

    @Test
    void deepLayerOneBreakpointsFollowCor1AndDeltaSlopesAreReported() {
        // deep he-normal: layer 1 has fan-in 1, so w and b ~ N(0, 2) and β = −b/w is standard Cauchy as in the shallow case
        List<LayerStatistics> stats = InitStatistics.sample(initializer("he-normal"), new DeepArchitecture(8, 8), null,
                2000, 7);
        assertThat(stats).hasSize(2);
        SampleStatistics beta = stats.get(0).breakpoints();
        assertThat(beta.count()).isEqualTo(2000L * 8);
        RealDistribution cauchy = new GaussianInitTheory(Math.sqrt(2), Math.sqrt(2), 1).breakpoints(null);
        double[] q = beta.quantiles();
        for (int k = 0; k < SampleStatistics.LEVELS.length; k++) {
            // quantile standard error sqrt(p(1−p)/n)/density; 5 of them under a 4.5-sigma band
            double p = SampleStatistics.LEVELS[k];
            double exact = cauchy.inverseCumulativeProbability(p);
            double se = Math.sqrt(p * (1 - p) / beta.count()) / cauchy.density(exact);
            assertThat(q[k]).as("quantile %s", p).isCloseTo(exact, within(4.5 * se));
        }
        assertThat(stats.get(1).roughness().count()).isEqualTo(2000);
        assertThat(stats.get(1).roughness().mean()).isPositive();
    }

    @Test
    void summaryUsesType7Quantiles() {
        SampleStatistics s = SampleStatistics.of(new double[] {5, 1, 4, 2, 3});
        assertThat(s.mean()).isEqualTo(3);
        assertThat(s.variance()).isEqualTo(2.5);
        assertThat(s.quantiles()).containsExactly(new double[] {1.2, 2, 3, 4, 4.8}, within(1e-12));
        assertThat(SampleStatistics.of(new double[0]).count()).isZero();
    }

    @Test
    void rejectsNoSamples() {
        assertThatThrownBy(() -> InitStatistics.sample(initializer("gaussian"), new DeepArchitecture(3), null, 0, 1))
                .hasMessageContaining("samples");
    }
    private static Initializer initializer(String name) {
        return PluginRegistry.of(List.of(new InitModule())).plugin(InitializerPlugin.class, name).create(Map.of());
    }
}
