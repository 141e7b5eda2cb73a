package org.splinelens.benchmarks;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.splinelens.dynamics.gradient.SweepShallowObjective;
import org.splinelens.dynamics.optim.Optimizer;
import org.splinelens.dynamics.optim.Optimizers;

/**
 * One full-batch training epoch of a shallow net — loss and gradient by the sweep, then the optimizer's update — as
 * {@code Trainer} runs it, at the papers' shallow shapes: H = 1000, N = 23 with Adam (the alpha regimes, Sec 4.4) and
 * H = 21, N = 401 with GD at lr 1e-4 (Sec 4.1; at 1e-3 the first step leaves every unit dead). He-normal start,
 * sin(πx) on a uniform grid over [−1.1, 1.1]; θ moves from step to step as in training, and restarts from the same
 * start at every iteration so every iteration measures the same stretch of the run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BenchmarkTrainingEpoch {
    @Param({"1000:23:adam", "21:401:gd"})
    public String protocol;

    private double[] start;
    private double[] theta;
    private double[] gradient;
    private SweepShallowObjective sweep;
    private Map<String, Object> settings;
    private String optimizerName;
    private Optimizer optimizer;

    @Setup
    public void setUp() {
        String[] parts = protocol.split(":");
        int width = Integer.parseInt(parts[0]);
        int n = Integer.parseInt(parts[1]);
        optimizerName = parts[2];
        settings = optimizerName.equals("gd") ? Map.of("lr", 1e-4) : Map.of();
        SplittableRandom r = new SplittableRandom(20261201L);
        start = new double[3 * width + 1];
        System.arraycopy(BenchmarkData.gaussian(r, 2 * width, Math.sqrt(2)), 0, start, 0, 2 * width);
        System.arraycopy(BenchmarkData.gaussian(r, width, Math.sqrt(2.0 / width)), 0, start, 2 * width, width);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = -1.1 + 2.2 * k / (n - 1);
            y[k] = Math.sin(Math.PI * x[k]);
        }
        sweep = new SweepShallowObjective(width, x, y);
        gradient = new double[start.length];
    }

    @Setup(Level.Iteration)
    public void restart() {
        theta = start.clone();
        optimizer = Optimizers.all().stream().filter(o -> o.name().equals(optimizerName)).findFirst().orElseThrow()
                .create(settings, theta.length);
        sweep.lossAndGradient(theta, gradient);
    }

    @Benchmark
    public double epoch() {
        optimizer.step(theta, gradient);
        return sweep.lossAndGradient(theta, gradient);
    }
}
