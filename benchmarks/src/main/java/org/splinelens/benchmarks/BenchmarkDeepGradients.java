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
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepKernels;

/** Dense deep loss-and-gradient at the papers' deep shapes on N = 601 points. Fixed seed. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BenchmarkDeepGradients {
    @Param({"8,8,8,8", "8,8,8,8,8"})
    public String widths;

    private DeepKernels deep;
    private double[] theta;
    private double[] gradient;
    private double[] x;
    private double[] y;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(20261123L);
        String[] parts = widths.split(",");
        int[] hidden = new int[parts.length];
        for (int l = 0; l < parts.length; l++) {
            hidden[l] = Integer.parseInt(parts[l]);
        }
        DeepArchitecture arch = new DeepArchitecture(hidden);
        deep = new DeepKernels(arch);
        theta = BenchmarkData.gaussian(r, arch.parameterCount(), 0.5);
        gradient = new double[theta.length];
        x = BenchmarkData.uniform(r, 601, -3, 3);
        y = BenchmarkData.uniform(r, 601, -1, 1);
    }

    @Benchmark
    public double deepDense() {
        return deep.lossAndGradient(theta, x, y, gradient);
    }
}
