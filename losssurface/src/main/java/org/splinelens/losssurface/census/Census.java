package org.splinelens.losssurface.census;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.limits.PrecisionExceeded;
import org.splinelens.core.spline.LineFit;
import org.splinelens.losssurface.partition.LonelyPartitions;

/**
 * The critical-point census of one dataset and width ('shallow ReLU networks as splines' Fig 7): of the
 * {@code C(N + H, H)} partitions of N points into H + 1 pieces, how many are {@link CriticalPartitions admissible}.
 *
 * @param dataPoints N
 * @param width      H
 * @param partitions {@code C(N + H, H)}
 * @param examined   partitions examined: all of them, or the sample
 * @param admissible admissible among those examined
 * @param exhaustive every partition was examined, so {@link #estimate()} is the exact count
 */
public record Census(int dataPoints, int width, BigInteger partitions, long examined, long admissible,
        boolean exhaustive) {

    /** @return the number of admissible partitions: exact, or the sampled fraction times {@code C(N + H, H)} */
    public double estimate() {
        if (exhaustive) {
            return admissible;
        }
        return new BigDecimal(partitions).multiply(BigDecimal.valueOf((double) admissible / examined),
                MathContext.DECIMAL64).doubleValue();
    }

    /** @return the admissible fraction */
    public double fraction() {
        return (double) admissible / examined;
    }

    /**
     * Examines every composition of N into H + 1 parts.
     *
     * @throws org.splinelens.core.limits.PrecisionExceeded if the data's least squares or chords leave double
     *         precision
     */
    public static Census exhaustive(double[] x, double[] y, int width) {
        double[][] data = sortedDistinct(x, y);
        BigInteger all = LonelyPartitions.allPartitions(x.length, width);
        if (all.bitLength() > 31) {
            throw new IllegalArgumentException("exhaustive census of C(N + H, H) = " + all + " partitions is too"
                    + " large; sample instead");
        }
        int[] sizes = new int[width + 1];
        long[] counts = new long[2];
        enumerate(data[0], data[1], sizes, 0, x.length, counts);
        return new Census(x.length, width, all, counts[0], counts[1], true);
    }

    /**
     * Examines {@code samples} partitions drawn uniformly from all {@code C(N + H, H)} (stars and bars).
     *
     * @throws org.splinelens.core.limits.PrecisionExceeded as {@link #exhaustive} does
     */
    public static Census sample(double[] x, double[] y, int width, int samples, RandomGenerator random) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        double[][] data = sortedDistinct(x, y);
        int n = x.length;
        int slots = n + width;
        int[] slot = new int[slots];
        int[] sizes = new int[width + 1];
        long admissible = 0;
        for (int t = 0; t < samples; t++) {
            // a uniform H-subset of the N + H slots marks the bars (partial Fisher-Yates)
            for (int k = 0; k < slots; k++) {
                slot[k] = k;
            }
            for (int k = 0; k < width; k++) {
                int j = k + random.nextInt(slots - k);
                int swap = slot[k];
                slot[k] = slot[j];
                slot[j] = swap;
            }
            int[] bars = Arrays.copyOf(slot, width);
            Arrays.sort(bars);
            int previous = -1;
            for (int k = 0; k < width; k++) {
                sizes[k] = bars[k] - previous - 1;
                previous = bars[k];
            }
            sizes[width] = slots - previous - 1;
            if (CriticalPartitions.admissible(data[0], data[1], sizes)) {
                admissible++;
            }
        }
        return new Census(n, width, LonelyPartitions.allPartitions(n, width), samples, admissible, false);
    }

    private static void enumerate(double[] xs, double[] ys, int[] sizes, int piece, int left, long[] counts) {
        if (piece == sizes.length - 1) {
            sizes[piece] = left;
            counts[0]++;
            if (CriticalPartitions.admissible(xs, ys, sizes)) {
                counts[1]++;
            }
            return;
        }
        for (int n = 0; n <= left; n++) {
            sizes[piece] = n;
            enumerate(xs, ys, sizes, piece + 1, left - n, counts);
        }
    }

    private static double[][] sortedDistinct(double[] x, double[] y) {
        Dataset sorted = new Dataset(x, y).sortedByX();
        double[] xs = sorted.x();
        for (int n = 1; n < xs.length; n++) {
            if (xs[n] == xs[n - 1]) {
                throw new IllegalArgumentException("census needs distinct x values; " + xs[n] + " repeats");
            }
        }
        double[] ys = sorted.y();
        // the decision takes OLS lines of pieces and chords between neighbours: both must stay finite
        LineFit.requireSquarable("census", xs, ys);
        for (int n = 1; n < xs.length; n++) {
            if (!Double.isFinite((ys[n] - ys[n - 1]) / (xs[n] - xs[n - 1]))) {
                throw new PrecisionExceeded("census: the chord between x = " + xs[n - 1] + " and x = " + xs[n]
                        + " is not finite: the x spacing is too small for double precision; rescale x");
            }
        }
        return new double[][] {xs, ys};
    }
}
