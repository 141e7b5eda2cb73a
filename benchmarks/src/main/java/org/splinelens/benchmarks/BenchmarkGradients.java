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
import org.splinelens.core.network.ShallowKernels;
import org.splinelens.core.network.ShallowLayout;

/**
 * Dense loss-and-gradient kernels at the papers' shapes: shallow H = 21, N = 401 (uniform init, Sec 4.1) and
 * H = 1000, N = 23 (alpha regimes, Sec 4.4); deep (8,8,8,8) and (8,8,8,8,8) on N = 601. Fixed seeds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BenchmarkGradients {
    @Param({"21:401", "1000:23"})
    public String shallowShape;

    @Param({"8,8,8,8", "8,8,8,8,8"})
    public String deepWidths;

    private int width;
    private double[] shallowTheta;
    private double[] shallowGradient;
    private double[] shallowX;
    private double[] shallowY;

    private DeepKernels deep;
    private double[] deepTheta;
    private double[] deepGradient;
    private double[] deepX;
    private double[] deepY;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(20261123L);
        String[] hn = shallowShape.split(":");
        width = Integer.parseInt(hn[0]);
        int n = Integer.parseInt(hn[1]);
        shallowTheta = gaussian(r, ShallowLayout.parameterCount(width));
        shallowGradient = new double[shallowTheta.length];
        shallowX = uniform(r, n, -2, 2);
        shallowY = uniform(r, n, -1, 1);

        String[] parts = deepWidths.split(",");
        int[] widths = new int[parts.length];
        for (int l = 0; l < parts.length; l++) {
            widths[l] = Integer.parseInt(parts[l]);
        }
        DeepArchitecture arch = new DeepArchitecture(widths);
        deep = new DeepKernels(arch);
        deepTheta = gaussian(r, arch.parameterCount());
        deepGradient = new double[deepTheta.length];
        deepX = uniform(r, 601, -3, 3);
        deepY = uniform(r, 601, -1, 1);
    }

    private static double[] gaussian(SplittableRandom r, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = r.nextGaussian() * 0.5;
        }
        return out;
    }

    private static double[] uniform(SplittableRandom r, int n, double a, double b) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = a + (b - a) * r.nextDouble();
        }
        return out;
    }

    @Benchmark
    public double shallowDense() {
        return ShallowKernels.lossAndGradient(width, shallowTheta, shallowX, shallowY, shallowGradient);
    }

    @Benchmark
    public double deepDense() {
        return deep.lossAndGradient(deepTheta, deepX, deepY, deepGradient);
    }
}
