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
import org.splinelens.dynamics.gradient.DenseDeepObjective;
import org.splinelens.dynamics.gradient.RegionDeepObjective;

/**
 * Dense against region-aggregated deep loss-and-gradient at the papers' deep shapes, on N grid points over [−3, 3]
 * with the target sin(πx). {@code state = init}: He-normal weights, zero biases offset by N(0, 0.1²) so knots spread;
 * {@code trained}: the same net after 2,000 full-batch GD steps at lr 5e-5 (the papers' deep protocol), which has
 * more knots in the data range. Setup prints K, the number of regions the data meet. Fixed seed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(2)
public class BenchmarkDeepGradients {
    @Param({"8,8,8,8,8/601", "20,20/601", "10,10,10,10/601", "8,8,8,8/20"})
    public String shape;

    @Param({"init", "trained"})
    public String state;

    private DenseDeepObjective dense;
    private RegionDeepObjective region;
    private double[] theta;
    private double[] gradient;

    @Setup
    public void setUp() {
        String[] parts = shape.split("/");
        String[] widthText = parts[0].split(",");
        int[] widths = new int[widthText.length];
        for (int l = 0; l < widths.length; l++) {
            widths[l] = Integer.parseInt(widthText[l]);
        }
        int size = Integer.parseInt(parts[1]);
        DeepArchitecture arch = new DeepArchitecture(widths);
        double[] x = new double[size];
        double[] y = new double[size];
        for (int n = 0; n < size; n++) {
            x[n] = -3 + 6.0 * n / (size - 1);
            y[n] = Math.sin(Math.PI * x[n]);
        }
        dense = new DenseDeepObjective(arch, x, y);
        region = new RegionDeepObjective(arch, x, y);
        theta = heNormal(arch, new SplittableRandom(20261123L));
        gradient = new double[theta.length];
        if (state.equals("trained")) {
            for (int step = 0; step < 2000; step++) {
                region.lossAndGradient(theta, gradient);
                for (int k = 0; k < theta.length; k++) {
                    theta[k] -= 5e-5 * gradient[k];
                }
            }
        }
        region.lossAndGradient(theta, gradient);
        System.out.printf("%n%s %s: K = %d regions for N = %d%n", shape, state, region.regions(), size);
    }

    private static double[] heNormal(DeepArchitecture arch, SplittableRandom r) {
        double[] theta = new double[arch.parameterCount()];
        for (int l = 0; l < arch.layers(); l++) {
            double sigma = Math.sqrt(2.0 / arch.inputSize(l));
            int weights = arch.inputSize(l) * arch.outputSize(l);
            for (int k = 0; k < weights; k++) {
                theta[arch.weightOffset(l) + k] = r.nextGaussian() * sigma;
            }
            for (int j = 0; j < arch.outputSize(l); j++) {
                theta[arch.biasOffset(l) + j] = r.nextGaussian() * 0.1;
            }
        }
        return theta;
    }

    @Benchmark
    public double deepDense() {
        return dense.lossAndGradient(theta, gradient);
    }

    @Benchmark
    public double deepRegion() {
        return region.lossAndGradient(theta, gradient);
    }
}
