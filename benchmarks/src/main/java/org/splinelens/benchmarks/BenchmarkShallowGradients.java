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
 * H = 21, N = 401 (Sec 4.1) and H = 1000, N = 23 (alpha regimes, Sec 4.4). He-normal weights, data and targets
 * uniform on [−2, 2] and [−1, 1].
 *
 * <p>{@code inputs = gd-steps} alternates between θ and θ − η∇ℓ(θ) (η = 0.002, a stable step that moves about 1% of
 * the units' active sets at H = 1000), as consecutive training steps do, so the sweep's reuse of each unit's previous
 * switch index is exercised as in training; {@code static} repeats θ.
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

    @Param({"gd-steps", "static"})
    public String inputs;

    private double[] theta;
    private double[] nextTheta;
    private boolean flip;
    private double[] gradient;
    private DenseShallowObjective dense;
    private SweepShallowObjective sweep;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(20261123L);
        String[] hn = shape.split(":");
        int width = Integer.parseInt(hn[0]);
        int n = Integer.parseInt(hn[1]);
        // He normal: w, b ~ N(0, 2) (fan-in 1), v ~ N(0, 2/H), b0 = 0
        theta = new double[3 * width + 1];
        System.arraycopy(BenchmarkData.gaussian(r, 2 * width, Math.sqrt(2)), 0, theta, 0, 2 * width);
        System.arraycopy(BenchmarkData.gaussian(r, width, Math.sqrt(2.0 / width)), 0, theta, 2 * width, width);
        gradient = new double[theta.length];
        double[] x = BenchmarkData.uniform(r, n, -2, 2);
        double[] y = BenchmarkData.uniform(r, n, -1, 1);
        dense = new DenseShallowObjective(width, x, y);
        sweep = new SweepShallowObjective(width, x, y);
        nextTheta = theta.clone();
        if (inputs.equals("gd-steps")) {
            dense.lossAndGradient(theta, gradient);
            for (int k = 0; k < theta.length; k++) {
                nextTheta[k] -= 0.002 * gradient[k];
            }
        }
    }

    private double[] input() {
        flip = !flip;
        return flip ? theta : nextTheta;
    }

    @Benchmark
    public double dense() {
        return dense.lossAndGradient(input(), gradient);
    }

    @Benchmark
    public double sweep() {
        return sweep.lossAndGradient(input(), gradient);
    }
}
