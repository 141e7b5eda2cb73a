package org.splinelens.losssurface.partition;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * Counting and sampling lonely partitions ('shallow ReLU networks as splines' Lemma 1 and Remark 1, ERRATA E7).
 */
public final class LonelyPartitions {
    private LonelyPartitions() {
    }

    /**
     * Lemma 1: N sorted data points split into H + 1 ordered, possibly empty pieces in {@code C(N + H, H)} ways; in
     * {@code C(H + 1, N)} of them every piece holds at most one point (choose the N occupied pieces).
     *
     * @return {@code C(H + 1, N)}
     */
    public static BigInteger count(int dataPoints, int width) {
        check(dataPoints, width);
        return binomial(width + 1, dataPoints);
    }

    /** @return {@code C(N + H, H)}, the number of all partitions of N sorted points into H + 1 pieces */
    public static BigInteger allPartitions(int dataPoints, int width) {
        check(dataPoints, width);
        return binomial(dataPoints + width, width);
    }

    /**
     * Remark 1, corrected: H ≥ 2 equally spaced breakpoints cut {@code [β_1, β_H]} into {@code M = H − 1} equal
     * cells; N points drawn uniformly on {@code [β_1, β_H]} give a lonely partition exactly when they fall into
     * distinct cells (the birthday problem), with probability {@code Π_{k<N} (1 − k/M)} ≈
     * {@code exp(−N(N − 1)/(2M))} — so H ≥ dN² gives about {@code e^{−1/(2d)}}, not the printed {@code 1 − e^{−1/d}}.
     */
    public static double probabilityUniform(int dataPoints, int width) {
        check(dataPoints, width);
        if (width < 2) {
            throw new IllegalArgumentException("uniform breakpoints need H >= 2 to span a region, got " + width);
        }
        int cells = width - 1;
        double p = 1;
        for (int k = 0; k < dataPoints; k++) {
            p *= 1 - (double) k / cells;
        }
        return Math.max(0, p);
    }

    /** @return Remark 1 as printed: {@code 1 − exp(−N²/(H + 1))} */
    public static double remark1AsPrinted(int dataPoints, int width) {
        check(dataPoints, width);
        return 1 - Math.exp(-(double) dataPoints * dataPoints / (width + 1));
    }

    /**
     * @return the fraction of {@code trials} draws, in the setting of {@link #probabilityUniform}, whose
     * {@link DataPartition} is lonely
     */
    public static double simulateUniform(int dataPoints, int width, int trials, RandomGenerator random) {
        check(dataPoints, width);
        if (width < 2 || trials < 1) {
            throw new IllegalArgumentException("simulation needs H >= 2 and trials >= 1");
        }
        double[] breakpoints = new double[width];
        for (int i = 0; i < width; i++) {
            breakpoints[i] = (double) i / (width - 1);
        }
        double[] x = new double[dataPoints];
        int lonely = 0;
        for (int t = 0; t < trials; t++) {
            for (int n = 0; n < dataPoints; n++) {
                x[n] = random.nextDouble();
            }
            if (DataPartition.of(breakpoints, x).lonely()) {
                lonely++;
            }
        }
        return (double) lonely / trials;
    }

    static BigInteger binomial(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        BigInteger result = BigInteger.ONE;
        for (int j = 1; j <= Math.min(k, n - k); j++) {
            result = result.multiply(BigInteger.valueOf(n - Math.min(k, n - k) + j)).divide(BigInteger.valueOf(j));
        }
        return result;
    }

    private static void check(int dataPoints, int width) {
        if (dataPoints < 1 || width < 0) {
            throw new IllegalArgumentException("partitions need N >= 1 data points and H >= 0 breakpoints, got N = "
                    + dataPoints + ", H = " + width);
        }
        if ((long) dataPoints + width >= Integer.MAX_VALUE) { // N + H and H + 1 are ints below
            throw new IllegalArgumentException("partitions need N + H < " + Integer.MAX_VALUE + ", got N = "
                    + dataPoints + ", H = " + width);
        }
    }
}
