package org.splinelens.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.splinelens.baselines.segmented.GreedyMerge;
import org.splinelens.baselines.segmented.SegmentedRegression;
import org.splinelens.core.data.Dataset;

/**
 * The segmented-regression baselines: the O(M N²) dynamic programme for every m ≤ M = 19 breaks (20 pieces) at
 * N = 200, 400, 800, and Greedy Merge (k = 20, δ = 1, finished by DP over its survivors) at N up to 10⁶. Data: a
 * noisy sine on [−3, 3].
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class BenchmarkSegmentedRegression {

    @State(Scope.Thread)
    public static class DpData {
        @Param({"200", "400", "800"})
        public int points;
        Dataset data;

        @Setup
        public void setUp() {
            data = sine(points, 1);
        }
    }

    @State(Scope.Thread)
    public static class GreedyData {
        @Param({"10000", "100000", "1000000"})
        public int points;
        Dataset data;

        @Setup
        public void setUp() {
            data = sine(points, 2);
        }
    }

    static Dataset sine(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = BenchmarkData.uniform(r, n, -3, 3);
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            y[k] = Math.sin(2 * x[k]) + 0.1 * r.nextGaussian();
        }
        return new Dataset(x, y);
    }

    @Benchmark
    public double dynamicProgramme(DpData state) {
        return SegmentedRegression.fit(state.data, 19, 1).rss(19);
    }

    @Benchmark
    public double greedyMerge(GreedyData state) {
        return GreedyMerge.run(state.data, 20, 1.0).finish(20, 1).rss();
    }
}
