package org.splinelens.baselines.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.plugin.PluginRegistry;

/**
 * The built-in fitters' estimates follow their algorithms' growth: the DP is O(M N²) in time, Greedy Merge's
 * finishing DP O(k³), min-norm's SVD of N × 8N is O(N³) in time and O(N²) in memory; interpolation is near linear.
 */
class FitterEstimatesTest {
    private static final Map<String, Fitter> FITTERS = PluginRegistry.discover(
            FitterEstimatesTest.class.getClassLoader()).plugins(Fitter.class);

    private static WorkEstimate estimate(String method, int n, int pieces) {
        return FITTERS.get(method).estimate(n, new FitRequest(pieces, 1), method);
    }

    @Test
    void dpGrowsWithBreaksTimesTheSquareOfTheData() {
        // BIC over up to 20 breaks: 20 · N²/2 = 10^15 segment costs for 10^7 points
        WorkEstimate bic = estimate("dp", 10_000_000, 0);
        assertThat(bic.steps()).isGreaterThanOrEqualTo(1e15);
        assertThat(bic.what()).contains("up to 20 breaks");
        assertThat(estimate("dp", 20_000, 0).steps() / estimate("dp", 10_000, 0).steps()).isBetween(3.5, 4.5);
        assertThat(estimate("dp", 10_000, 11).steps() / estimate("dp", 10_000, 6).steps()).isBetween(1.8, 2.2);
        // back-pointers: (M + 1) × (N + 1) ints
        assertThat(estimate("dp", 1_000_000, 1001).bytes()).isGreaterThan(4e9);
    }

    @Test
    void greedyMergeIsNearLinearInTheDataButCubicInThePieces() {
        assertThat(estimate("greedy-merge", 10_000_000, 0).steps()).isLessThan(1e10);
        assertThat(estimate("greedy-merge", 10_000_000, 100_000).steps()).isGreaterThan(1e15);
        assertThat(estimate("greedy-merge", 10_000_000, 100_000).bytes()).isGreaterThan(1.6e11);
    }

    @Test
    void minNormIsCubicInTimeAndQuadraticInMemory() {
        // 2000 points, 16,000 features: the SVD alone is N · M · N / 2 = 3.2e10 steps; Φ alone 256 MB
        WorkEstimate fit = estimate("min-norm", 2000, 0);
        assertThat(fit.steps()).isGreaterThan(3.2e10);
        assertThat(fit.bytes()).isGreaterThan(8.0 * 2000 * 16_000);
        assertThat(fit.what()).contains("16000 features");
        assertThat(estimate("min-norm", 10_000, 0).bytes()).isGreaterThan(2e10);
        // few pieces: M = 2(pieces − 1) features, the SVD is O(N M²)
        assertThat(estimate("min-norm", 1_000_000, 11).steps()).isLessThan(1e10);
    }

    @Test
    void interpolationIsNearLinear() {
        for (String method : new String[] {"linear", "natural-cubic"}) {
            WorkEstimate big = estimate(method, 10_000_000, 0);
            assertThat(big.steps()).as(method).isLessThan(1e10);
            assertThat(big.bytes()).as(method).isBetween(1e9, 5e9);
        }
    }

    @Test
    void theSmoothingSplineIsLinearInTheData() {
        // banded O(N) solves, one per point of the GCV scan: doubling N about doubles the work and the memory
        assertThat(estimate("smoothing-spline", 2_000_000, 0).steps() / estimate("smoothing-spline", 1_000_000, 0)
                .steps()).isBetween(1.9, 2.3);
        assertThat(estimate("smoothing-spline", 2_000_000, 0).bytes() / estimate("smoothing-spline", 1_000_000, 0)
                .bytes()).isBetween(1.9, 2.1);
        assertThat(estimate("smoothing-spline", 10_000_000, 0).steps()).isLessThan(1e12);
    }
}
