package org.splinelens.core.data;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Input samplers for the papers' experiments. Random samplers take the caller's seeded generator (no global
 * randomness) and return sorted inputs. A gap {@code [lo, hi]} removes the points with {@code lo <= x <= hi}
 * ('shallow ReLU networks as splines' Fig 10: a data gap at [−0.5, 0.5]).
 */
public final class Samplers {
    private Samplers() {
    }

    /** @return the grid {@code a, a + step, …, b} (see {@link Grid}) */
    public static double[] grid(double a, double b, double step) {
        return new Grid(a, b, step).points();
    }

    /** @return {@code n} sorted draws from {@code U[a, b)} */
    public static double[] uniform(double a, double b, int n, RandomGenerator random) {
        checkRange(a, b);
        checkCount(n);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a + (b - a) * random.nextDouble();
        }
        Arrays.sort(x);
        return x;
    }

    /** @return the grid on {@code [a, b]} without the points in the gap {@code [lo, hi]} */
    public static double[] gridWithGap(double a, double b, double step, double lo, double hi) {
        return withoutGap(grid(a, b, step), lo, hi);
    }

    /**
     * @return {@code n} sorted draws from {@code U([a, b] \ [lo, hi])}: uniform on what is left of the range, the
     *         gap having no mass
     */
    public static double[] uniformWithGap(double a, double b, double lo, double hi, int n, RandomGenerator random) {
        checkRange(a, b);
        checkGap(lo, hi);
        checkCount(n);
        double left = Math.max(0, Math.min(lo, b) - a);
        double right = Math.max(0, b - Math.max(hi, a));
        if (!(left + right > 0)) {
            throw new IllegalArgumentException("sampler: the gap [" + lo + ", " + hi + "] covers the whole range ["
                    + a + ", " + b + "]");
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            // a draw that rounds onto an end of the gap is drawn again, so exactly n points lie outside it
            do {
                double u = (left + right) * random.nextDouble();
                x[i] = u < left ? a + u : Math.max(hi, a) + (u - left);
            } while (x[i] >= lo && x[i] <= hi);
        }
        Arrays.sort(x);
        return x;
    }

    /** @return the points outside {@code [lo, hi]}, in their order */
    public static double[] withoutGap(double[] x, double lo, double hi) {
        checkGap(lo, hi);
        return Arrays.stream(x).filter(v -> v < lo || v > hi).toArray();
    }

    private static void checkRange(double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b) || !(a < b)) {
            throw new IllegalArgumentException("sampler: range [" + a + ", " + b + "] must be finite with a < b");
        }
    }

    private static void checkCount(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("sampler: n must be >= 1, got " + n);
        }
    }

    private static void checkGap(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > hi) {
            throw new IllegalArgumentException("sampler: gap [" + lo + ", " + hi + "] must be finite with lo <= hi");
        }
    }
}
