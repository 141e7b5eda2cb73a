package org.splinelens.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.splinelens.core.io.DecimalText;

/**
 * Writing doubles as text, as the training CSVs do (a number and a comma): the JDK's
 * {@code StringBuilder.append(double)} against {@link DecimalText#append}, in nanoseconds per double.
 *
 * <p>{@code values = mixed}: 1,000 doubles {@code N(0, 1)·10^e} with {@code e} uniform in {@code [-10, 10]}, so both
 * notations and all lengths occur; {@code unit-gaussian}: 1,000 draws of {@code N(0, 1)}, the scale of the
 * breakpoints, weights and losses a training run writes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BenchmarkDecimalText {
    private static final int COUNT = 1000;

    @Param({"mixed", "unit-gaussian"})
    public String values;

    private double[] doubles;
    private StringBuilder out;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(20261123L);
        doubles = BenchmarkData.gaussian(r, COUNT, 1);
        if (values.equals("mixed")) {
            for (int i = 0; i < COUNT; i++) {
                doubles[i] *= Math.pow(10, r.nextInt(-10, 11));
            }
        }
        // room for the longest text, 24 characters, and a comma each: no growth while measuring
        out = new StringBuilder(25 * COUNT);
    }

    @Benchmark
    @OperationsPerInvocation(COUNT)
    public int jdk() {
        out.setLength(0);
        for (double v : doubles) {
            out.append(v).append(',');
        }
        return out.length();
    }

    @Benchmark
    @OperationsPerInvocation(COUNT)
    public int decimalText() {
        out.setLength(0);
        for (double v : doubles) {
            DecimalText.append(v, out);
            out.append(',');
        }
        return out.length();
    }
}
