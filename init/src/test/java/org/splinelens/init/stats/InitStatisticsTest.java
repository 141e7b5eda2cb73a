package org.splinelens.init.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.apache.commons.math3.distribution.RealDistribution;
import org.junit.jupiter.api.Test;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.limits.WorkEstimate;
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

    /**
     * The shallow path's formulas ({@code β = −b/w}, delta-slope {@code |w| v}, no breakpoint where {@code w = 0})
     * against the exact deep analysis of the same networks: the same counts, the same statistics to rounding.
     */
    @Test
    void shallowFormulasAgreeWithTheDeepAnalysis() {
        Initializer init = initializer("he-normal");
        int width = 7;
        int samples = 300;
        LayerStatistics fast = InitStatistics.sample(init, new DeepArchitecture(width), null, samples, 11).get(0);
        SplittableRandom random = new SplittableRandom(11);
        DoubleStream.Builder beta = DoubleStream.builder();
        DoubleStream.Builder delta = DoubleStream.builder();
        double[] rho = new double[samples];
        for (int s = 0; s < samples; s++) {
            var layer = DeepBreakpoints.analyze(init.shallow(width, null, random).asDeep())
                    .layers().get(0);
            layer.units().forEach(u -> {
                Arrays.stream(u.breakpoints()).forEach(beta::add);
                Arrays.stream(u.deltaSlopes()).forEach(delta::add);
            });
            rho[s] = layer.roughness();
        }
        assertAgree(fast.breakpoints(), SampleStatistics.of(beta.build().toArray()));
        assertAgree(fast.deltaSlopes(), SampleStatistics.of(delta.build().toArray()));
        assertAgree(fast.roughness(), SampleStatistics.of(rho));
    }

    private static void assertAgree(SampleStatistics fast, SampleStatistics exact) {
        assertThat(fast.count()).isEqualTo(exact.count());
        assertThat(fast.mean()).isCloseTo(exact.mean(), within(1e-12 * (1 + Math.abs(exact.mean()))));
        assertThat(fast.variance()).isCloseTo(exact.variance(), within(1e-10 * exact.variance()));
        for (int k = 0; k < SampleStatistics.LEVELS.length; k++) {
            double q = exact.quantiles()[k];
            assertThat(fast.quantiles()[k]).isCloseTo(q, within(1e-12 * (1 + Math.abs(q))));
        }
    }

    @Test
    void progressIsToldUpToTheSampleCount() {
        List<Integer> told = new ArrayList<>();
        InitStatistics.sample(initializer("gaussian"), new DeepArchitecture(3), null, 2500, 1, (done, all) -> {
            assertThat(all).isEqualTo(2500);
            told.add(done);
            return 0;
        });
        assertThat(told).isSorted().hasSizeBetween(500, 1250).endsWith(2500); // every 2500 / 1000 = 2 networks
    }

    @Test
    void theEstimateGrowsWithSamplesTimesUnitsAndDeepAnalysis() {
        // 16 bytes a pooled unit: 10^9 networks of 10 units need 160 GB
        WorkEstimate shallow = InitStatistics.estimate(new int[] {10}, 1e9, "x");
        assertThat(shallow.bytes()).isGreaterThanOrEqualTo(1.6e11);
        assertThat(shallow.steps()).isGreaterThan(1e10);
        WorkEstimate small = InitStatistics.estimate(new int[] {50}, 100, "x");
        assertThat(small.steps()).isLessThan(1e7);
        assertThat(small.bytes()).isLessThan(1e6);
        // the deep analysis is O(L·H²·K) a network: two layers of 1000 cost far more than one of 2000
        assertThat(InitStatistics.estimate(new int[] {1000, 1000}, 100, "x").steps())
                .isGreaterThan(100 * InitStatistics.estimate(new int[] {2000}, 100, "x").steps());
    }

    @Test
    void summaryUsesType7Quantiles() {
        SampleStatistics s = SampleStatistics.of(new double[] {5, 1, 4, 2, 3});
        assertThat(s.mean()).isEqualTo(3);
        assertThat(s.variance()).isEqualTo(2.5);
        assertThat(s.quantiles()).containsExactly(new double[] {1.2, 2, 3, 4, 4.8}, within(1e-12));
        assertThat(SampleStatistics.of(new double[0]).count()).isZero();
        double[] pool = {5, 1, 4, 2, 3, 99};
        assertThat(SampleStatistics.ofSorting(pool, 5)).usingRecursiveComparison().isEqualTo(s);
        assertThat(pool).startsWith(1, 2, 3, 4, 5);
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
