package org.splinelens.losssurface.census;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.function.IntBinaryOperator;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.PrecisionExceeded;
import org.splinelens.core.limits.WorkEstimate;
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
    /** Steps of one partition beyond its slots: the draw, the pieces' bookkeeping, the allocations. */
    private static final double STEPS_PER_PARTITION = 10;

    /** Steps per slot (data point or breakpoint) of one partition: filled, summed and walked; from timing Fig 7. */
    private static final double STEPS_PER_SLOT = 5;

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
        return exhaustive(x, y, width, (done, all) -> 0);
    }

    /**
     * Examines every composition of N into H + 1 parts, in lexicographic order of the sizes, telling
     * {@code progress} (partitions examined, {@code C(N + H, H)}) about a thousand times along the way.
     *
     * @throws IllegalArgumentException when there are more than {@link Integer#MAX_VALUE} partitions
     */
    public static Census exhaustive(double[] x, double[] y, int width, IntBinaryOperator progress) {
        checkSlots(x.length, width);
        if (log2Binomial(x.length + (double) width, width) > 32) { // clearly too many: not worth counting exactly
            throw new IllegalArgumentException("exhaustive census of C(N + H, H) ≈ " + Limits.number(Math.pow(2,
                    log2Binomial(x.length + (double) width, width))) + " partitions is too large; sample instead");
        }
        double[][] data = sortedDistinct(x, y);
        BigInteger all = LonelyPartitions.allPartitions(x.length, width);
        if (all.bitLength() > 31) {
            throw new IllegalArgumentException("exhaustive census of C(N + H, H) = " + all + " partitions is too"
                    + " large; sample instead");
        }
        int total = all.intValueExact();
        int every = Math.max(1, total / 1000);
        // the sizes n_0 … n_{H−1} run through their lexicographic order; n_H takes the rest (no recursion, so any H)
        int[] sizes = new int[width + 1];
        sizes[width] = x.length;
        long examined = 0;
        long admissible = 0;
        while (true) {
            examined++;
            if (CriticalPartitions.admissible(data[0], data[1], sizes)) {
                admissible++;
            }
            if (examined % every == 0) {
                progress.applyAsInt((int) examined, total);
            }
            if (!next(sizes)) {
                break;
            }
        }
        progress.applyAsInt((int) examined, total);
        return new Census(x.length, width, all, examined, admissible, true);
    }

    /**
     * The next weak composition after {@code sizes} whose last part holds the rest: one more point into part H − 1
     * while the last part has any, else the last non-empty part k &lt; H gives all but one of its points back to the
     * last part and part k − 1 takes one more.
     *
     * @return false after the last composition, {@code (N, 0, …, 0)}
     */
    private static boolean next(int[] sizes) {
        int last = sizes.length - 1;
        if (last == 0) {
            return false;
        }
        if (sizes[last] > 0) {
            sizes[last - 1]++;
            sizes[last]--;
            return true;
        }
        int k = last - 1;
        while (sizes[k] == 0) {
            k--;
        }
        if (k == 0) {
            return false;
        }
        sizes[k - 1]++;
        sizes[last] = sizes[k] - 1;
        sizes[k] = 0;
        return true;
    }

    /**
     * Examines {@code samples} partitions drawn uniformly from all {@code C(N + H, H)} (stars and bars).
     *
     * @throws org.splinelens.core.limits.PrecisionExceeded as {@link #exhaustive} does
     */
    public static Census sample(double[] x, double[] y, int width, int samples, RandomGenerator random) {
        return sample(x, y, width, samples, random, (done, all) -> 0);
    }

    /**
     * {@link #sample(double[], double[], int, int, RandomGenerator)}, telling {@code progress} (partitions examined,
     * samples) about a thousand times along the way.
     */
    public static Census sample(double[] x, double[] y, int width, int samples, RandomGenerator random,
            IntBinaryOperator progress) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        checkSlots(x.length, width);
        double[][] data = sortedDistinct(x, y);
        int n = x.length;
        int slots = n + width;
        int every = Math.max(1, samples / 1000);
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
            if ((t + 1) % every == 0) {
                progress.applyAsInt(t + 1, samples);
            }
        }
        progress.applyAsInt(samples, samples);
        return new Census(n, width, LonelyPartitions.allPartitions(n, width), samples, admissible, false);
    }

    /**
     * What a census of N points by H breakpoints needs, before it starts: {@code C(N + H, H)} partitions
     * (exhaustive) or {@code samples} of them, each examined in O(N + H) — the sampler fills the N + H slots of
     * stars and bars, the check walks the H + 1 pieces and fits the points — plus the exact counts
     * {@code C(N + H, H)} and {@code C(H + 1, N)}, products of {@code m = min(k, n − k)} growing factors:
     * O(m² log n / 64) word operations. H may exceed N (several breakpoints share a gap); only N + H slots must fit
     * one array.
     *
     * @param samples the partitions sampled, or {@code null} for all of them
     * @param what    the sizes as the user gave them, the start of a refusal
     */
    public static WorkEstimate estimate(int dataPoints, int width, Integer samples, String what) {
        double slots = (double) dataPoints + width;
        double partitions = samples != null ? samples : Math.pow(2, log2Binomial(slots, width));
        double perPartition = STEPS_PER_PARTITION + STEPS_PER_SLOT * slots
                + (samples != null ? width * Math.log(Math.max(2, width)) / Math.log(2) : 0);
        double counting = binomialSteps(slots, width) + binomialSteps(width + 1.0, dataPoints);
        double bits = Math.max(log2Binomial(slots, width), log2Binomial(width + 1.0, dataPoints));
        double bytes = 4 * 3 * slots + 8 * 4 * (double) dataPoints + 3 * bits / 8;
        return new WorkEstimate(what, bytes, partitions * perPartition + counting);
    }

    /** @return {@code log2 C(N + H, H)}, the bits of the number of partitions, without computing it */
    public static double log2Partitions(int dataPoints, int width) {
        return log2Binomial((double) dataPoints + width, width);
    }

    /** @return {@code log2 C(n, k)}: exact sums for small k, Stirling's formula (error below 1e-6 bits) beyond */
    static double log2Binomial(double n, double k) {
        double m = Math.min(k, n - k);
        if (m < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (m < 1000) {
            double log = 0;
            for (int j = 1; j <= m; j++) {
                log += Math.log((n - m + j) / j);
            }
            return log / Math.log(2);
        }
        return (logFactorial(n) - logFactorial(m) - logFactorial(n - m)) / Math.log(2);
    }

    /** Stirling's series for {@code ln x!}, {@code x >= 1000}: error below {@code 1/(360 x³)}. */
    private static double logFactorial(double x) {
        return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x) + 1 / (12 * x);
    }

    /** Word operations of {@link LonelyPartitions}' exact binomial: m products of numbers of up to m log2 n bits. */
    private static double binomialSteps(double n, double k) {
        double m = Math.max(0, Math.min(k, n - k));
        return m * m * Math.log(Math.max(2, n)) / Math.log(2) / 64;
    }

    private static void checkSlots(int dataPoints, int width) {
        if (width < 0 || (long) dataPoints + width > Limits.MAX_ARRAY) {
            throw new IllegalArgumentException("a census needs 0 <= H and N + H <= " + Limits.number(Limits.MAX_ARRAY)
                    + " (its stars-and-bars slots), got N = " + dataPoints + ", H = " + width);
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
