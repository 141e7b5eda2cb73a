package org.splinelens.losssurface.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;
import org.splinelens.core.spline.LineFit;
import org.splinelens.losssurface.partition.LonelyPartitions;

/**
 * Fig 7's census, two independent checks of {@link CriticalPartitions}' slope-interval rule: (1) explicit
 * construction along every chain of one-breakpoint gaps between OLS pieces — kinks on a grid in each gap, the line
 * through each kink and the next single point, the last kink where the line meets the next OLS line exactly; (2) a
 * brute-force witness — kinks on a grid, then the linear least-squares problem "a CPWL g with these kinks equals the
 * OLS line on every piece of two or more points and passes through every single point" — which, where it succeeds,
 * proves admissibility (it misses witnesses that need a kink at one exact position, which (1) covers).
 */
class CriticalPartitionsProperties {
    private static final int GRID = 16;

    @Test
    void chainRuleAgreesWithABruteForceWitnessSearch() {
        SplittableRandom r = new SplittableRandom(17);
        int admissible = 0;
        int rejected = 0;
        for (int t = 0; t < 80; t++) {
            int n = r.nextInt(4, 7);
            int width = r.nextInt(1, 4);
            double[] x = r.doubles(n, -2, 2).sorted().toArray();
            double[] y = r.doubles(n, -1, 1).toArray();
            for (int[] sizes : allCompositions(n, width)) {
                boolean rule = CriticalPartitions.admissible(x, y, sizes);
                String where = "x=" + Arrays.toString(x) + " y=" + Arrays.toString(y) + " sizes="
                        + Arrays.toString(sizes);
                assertThat(chainsByConstruction(x, y, sizes)).as(where).isEqualTo(rule);
                if (width <= 2 && witness(x, y, sizes)) {
                    assertThat(rule).as(where).isTrue();
                }
                if (rule) {
                    admissible++;
                } else {
                    rejected++;
                }
            }
        }
        assertThat(rejected).isGreaterThan(100);
        assertThat(admissible).isGreaterThan(rejected);
    }

    @Test
    void exhaustiveCountContainsEveryLonelyPartitionAndSamplingAgrees() {
        SplittableRandom r = new SplittableRandom(5);
        double[] x = r.doubles(9, -3, 3).toArray();
        double[] y = Arrays.stream(x).map(v -> Math.sin(v) + 0.2 * r.nextGaussian()).toArray();
        Census exact = Census.exhaustive(x, y, 5);
        assertThat(exact.examined()).isEqualTo(LonelyPartitions.allPartitions(9, 5).longValueExact());
        assertThat(BigInteger.valueOf(exact.admissible())).isGreaterThanOrEqualTo(LonelyPartitions.count(9, 5));
        assertThat(exact.admissible()).isLessThan(exact.examined());

        Census sampled = Census.sample(x, y, 5, 20_000, new SplittableRandom(9));
        double p = exact.fraction();
        assertThat(Math.abs(sampled.fraction() - p)).isLessThan(4 * Math.sqrt(p * (1 - p) / 20_000));
    }

    /** Every chain between consecutive OLS pieces whose gaps each hold one breakpoint, built explicitly. */
    private static boolean chainsByConstruction(double[] x, double[] y, int[] sizes) {
        int[] pieceOf = new int[x.length];
        int start = 0;
        for (int p = 0; p < sizes.length; p++) {
            for (int k = 0; k < sizes[p]; k++) {
                pieceOf[start + k] = p;
            }
            start += sizes[p];
        }
        int previousAnchorEnd = -1;
        double[] previousLine = null;
        start = 0;
        for (int p = 0; p < sizes.length; p++) {
            if (sizes[p] >= 2) {
                double[] line = line(x, y, start, start + sizes[p]);
                if (previousLine != null) {
                    boolean oneEach = true;
                    for (int i = previousAnchorEnd - 1; i < start; i++) {
                        oneEach &= pieceOf[i + 1] - pieceOf[i] == 1;
                    }
                    if (oneEach && !construct(x, y, previousAnchorEnd - 1, start, previousLine, line)) {
                        return false;
                    }
                }
                previousLine = line;
                previousAnchorEnd = start + sizes[p];
            }
            start += sizes[p];
        }
        return true;
    }

    /** From line {@code current} (valid left of gap (x[i], x[i+1])) reach OLS line {@code target} starting at x[last]. */
    private static boolean construct(double[] x, double[] y, int i, int last, double[] current, double[] target) {
        if (i + 1 == last) {
            double meet = (target[1] - current[1]) / (current[0] - target[0]);
            return meet > x[i] && meet < x[last];
        }
        for (int g = 0; g < 400; g++) {
            double t = x[i] + (x[i + 1] - x[i]) * (g + 0.5) / 400;
            double value = current[0] * t + current[1];
            double slope = (y[i + 1] - value) / (x[i + 1] - t);
            if (construct(x, y, i + 1, last, new double[] {slope, y[i + 1] - slope * x[i + 1]}, target)) {
                return true;
            }
        }
        return false;
    }

    /** @return {slope, intercept} of the least-squares line of points {@code [from, to)} */
    private static double[] line(double[] x, double[] y, int from, int to) {
        LineFit fit = LineFit.of(x, y, from, to);
        return new double[] {fit.slope(), fit.intercept()};
    }

    private static List<int[]> allCompositions(int n, int width) {
        List<int[]> out = new ArrayList<>();
        compose(new int[width + 1], 0, n, out);
        return out;
    }

    private static void compose(int[] sizes, int piece, int left, List<int[]> out) {
        if (piece == sizes.length - 1) {
            sizes[piece] = left;
            out.add(sizes.clone());
            return;
        }
        for (int k = 0; k <= left; k++) {
            sizes[piece] = k;
            compose(sizes, piece + 1, left - k, out);
        }
    }

    /** Is there a grid choice of kinks for which the linear conditions are met exactly (least squares residual 0)? */
    private static boolean witness(double[] x, double[] y, int[] sizes) {
        int width = sizes.length - 1;
        double[][] candidates = new double[width][];
        int start = 0;
        for (int k = 0; k < width; k++) {
            start += sizes[k];
            double lo = start == 0 ? x[0] - 1 : x[start - 1];
            double hi = start == x.length ? x[x.length - 1] + 1 : x[start];
            candidates[k] = new double[GRID];
            for (int g = 0; g < GRID; g++) {
                candidates[k][g] = lo + (hi - lo) * (g + 0.5) / GRID;
            }
        }
        return search(x, y, sizes, candidates, new double[width], 0);
    }

    private static boolean search(double[] x, double[] y, int[] sizes, double[][] candidates, double[] kinks, int k) {
        if (k == kinks.length) {
            return fits(x, y, sizes, kinks);
        }
        for (double t : candidates[k]) {
            if (k > 0 && t <= kinks[k - 1]) {
                continue;
            }
            kinks[k] = t;
            if (search(x, y, sizes, candidates, kinks, k + 1)) {
                return true;
            }
        }
        return false;
    }

    /** g = c0 + c1 x + Σ d_k relu(x − t_k): slope and intercept on piece p are linear in (c0, c1, d). */
    private static boolean fits(double[] x, double[] y, int[] sizes, double[] kinks) {
        int unknowns = 2 + kinks.length;
        List<double[]> rows = new ArrayList<>();
        List<Double> rhs = new ArrayList<>();
        int start = 0;
        for (int p = 0; p < sizes.length; p++) {
            int n = sizes[p];
            if (n >= 2) {
                double[] line = line(x, y, start, start + n);
                double[] slope = new double[unknowns];
                double[] intercept = new double[unknowns];
                slope[1] = 1;
                intercept[0] = 1;
                for (int k = 0; k < p; k++) {
                    slope[2 + k] = 1;
                    intercept[2 + k] = -kinks[k];
                }
                rows.add(slope);
                rhs.add(line[0]);
                rows.add(intercept);
                rhs.add(line[1]);
            } else if (n == 1) {
                double[] value = new double[unknowns];
                value[0] = 1;
                value[1] = x[start];
                for (int k = 0; k < p; k++) {
                    value[2 + k] = x[start] - kinks[k];
                }
                rows.add(value);
                rhs.add(y[start]);
            }
            start += n;
        }
        if (rows.isEmpty()) {
            return true;
        }
        DMatrixRMaj a = new DMatrixRMaj(rows.toArray(new double[0][]));
        DMatrixRMaj b = new DMatrixRMaj(rhs.size(), 1);
        for (int i = 0; i < rhs.size(); i++) {
            b.set(i, 0, rhs.get(i));
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.pseudoInverse(true);
        if (!solver.setA(a.copy())) {
            return false;
        }
        DMatrixRMaj c = new DMatrixRMaj(unknowns, 1);
        solver.solve(b, c);
        DMatrixRMaj fitted = new DMatrixRMaj(rhs.size(), 1);
        CommonOps_DDRM.mult(a, c, fitted);
        for (int i = 0; i < rhs.size(); i++) {
            if (Math.abs(fitted.get(i, 0) - b.get(i, 0)) > 1e-9 * (1 + Math.abs(b.get(i, 0)))) {
                return false;
            }
        }
        return true;
    }
}
