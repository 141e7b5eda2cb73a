package org.splinelens.benchmarks;

import java.util.SplittableRandom;

/** Seeded inputs shared by the benchmarks. */
final class BenchmarkData {
    private BenchmarkData() {
    }

    static double[] gaussian(SplittableRandom r, int n, double sigma) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = r.nextGaussian() * sigma;
        }
        return out;
    }

    static double[] uniform(SplittableRandom r, int n, double a, double b) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = a + (b - a) * r.nextDouble();
        }
        return out;
    }
}
