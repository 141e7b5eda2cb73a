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
import org.splinelens.dynamics.gradient.DenseShallowObjective;
import org.splinelens.dynamics.gradient.SweepShallowObjective;

/**
 * Shallow loss-and-gradient, dense O(N·H) against the exact sweep O(N + H log N), at the papers' shapes:
 * H = 21, N = 401 (Sec 4.1) and H = 1000, N = 23 (alpha regimes, Sec 4.4). He-like weights, data on [−2, 2].
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BenchmarkShallowGradients {
    @Param({"21:401", "1000:23"})
    public String shape;

    private double[] theta;
    private double[] gradient;
    private DenseShallowObjective dense;
    private SweepShallowObjective sweep;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(20261123L);
        String[] hn = shape.split(":");
        int width = Integer.parseInt(hn[0]);
        int n = Integer.parseInt(hn[1]);
        theta = BenchmarkData.gaussian(r, 3 * width + 1, 1.0);
        gradient = new double[theta.length];
        double[] x = BenchmarkData.uniform(r, n, -2, 2);
        double[] y = BenchmarkData.uniform(r, n, -1, 1);
        dense = new DenseShallowObjective(width, x, y);
        sweep = new SweepShallowObjective(width, x, y);
    }

    @Benchmark
    public double dense() {
        return dense.lossAndGradient(theta, gradient);
    }

    @Benchmark
    public double sweep() {
        return sweep.lossAndGradient(theta, gradient);
    }
}
