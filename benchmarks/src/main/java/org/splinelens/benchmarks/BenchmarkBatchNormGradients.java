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
import org.splinelens.core.network.ShallowBatchNorm;
import org.splinelens.dynamics.gradient.BatchNormShallowObjective;
import org.splinelens.dynamics.gradient.Objective;
import org.splinelens.dynamics.gradient.SweepBatchNormObjective;

/**
 * Batch-normalised shallow loss-and-gradient on a minibatch, dense O(B·H) against the sweep O(B log B + H log B):
 * {@code width:batch} at gd-vs-dp's SGD shape, H = 4096 and B = 32, and at H = 1000, B = 32. The data are
 * gd-vs-dp's (x²/2 every 0.01 on [−2, 2], 401 points); every call refills the objective's arrays with the next of
 * 64 seeded minibatches, as the trainer does, so the sweep sorts an unsorted batch each time (the copy is in both).
 * He-normal w, b and v ~ N(0, 2/H) (the scale is immaterial to either path's cost); {@code start} is the
 * normaliser's start γ = 1, δ = 0 (every breakpoint at the batch mean), {@code spread} has δ ~ N(0, 1), which
 * spreads the breakpoints over the data as training does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BenchmarkBatchNormGradients {
    private static final int BATCHES = 64;

    @Param({"4096:32", "1000:32"})
    public String shape;

    @Param({"start", "spread"})
    public String normaliser;

    private double[] theta;
    private double[] gradient;
    private double[][] batchX;
    private double[][] batchY;
    private double[] x;
    private double[] y;
    private int next;
    private Objective dense;
    private Objective sweep;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(20261124L);
        String[] hb = shape.split(":");
        int width = Integer.parseInt(hb[0]);
        int size = Integer.parseInt(hb[1]);
        theta = new double[ShallowBatchNorm.parameterCount(width)];
        System.arraycopy(BenchmarkData.gaussian(r, 2 * width, Math.sqrt(2)), 0, theta, 0, 2 * width);
        System.arraycopy(BenchmarkData.gaussian(r, width, Math.sqrt(2.0 / width)), 0, theta, 2 * width, width);
        for (int i = 0; i < width; i++) {
            theta[ShallowBatchNorm.gammaOffset(width) + i] = 1;
            theta[ShallowBatchNorm.shiftOffset(width) + i] = normaliser.equals("spread") ? r.nextGaussian() : 0;
        }
        gradient = new double[theta.length];
        int[] order = new int[401];
        for (int n = 0; n < order.length; n++) {
            order[n] = n;
        }
        batchX = new double[BATCHES][size];
        batchY = new double[BATCHES][size];
        for (int k = 0; k < BATCHES; k++) {
            // the first B of a fresh partial Fisher–Yates shuffle: distinct points, as in an epoch
            for (int n = 0; n < size; n++) {
                int m = n + r.nextInt(order.length - n);
                int t = order[n];
                order[n] = order[m];
                order[m] = t;
                double xn = -2 + 0.01 * order[n];
                batchX[k][n] = xn;
                batchY[k][n] = 0.5 * xn * xn;
            }
        }
        x = new double[size];
        y = new double[size];
        dense = new BatchNormShallowObjective(width, x, y);
        sweep = new SweepBatchNormObjective(width, x, y);
    }

    /** Refills the objectives' arrays with the next minibatch. */
    private void refill() {
        next = (next + 1) % BATCHES;
        System.arraycopy(batchX[next], 0, x, 0, x.length);
        System.arraycopy(batchY[next], 0, y, 0, y.length);
    }

    @Benchmark
    public double dense() {
        refill();
        return dense.lossAndGradient(theta, gradient);
    }

    @Benchmark
    public double sweep() {
        refill();
        return sweep.lossAndGradient(theta, gradient);
    }
}
