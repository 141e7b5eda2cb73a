package org.splinelens.core.deep;

import java.util.Arrays;

/**
 * A bundle of CPWL functions of {@code x} that share one sorted knot grid {@code t_0 < … < t_{m−1}} ({@code m >= 1};
 * a grid point need not be a kink). Function {@code u} is stored as its values at the grid points and its slope on
 * each of the {@code m + 1} pieces (piece {@code p} lies between {@code t_{p−1}} and {@code t_p}, with
 * {@code t_{−1} = −∞}, {@code t_m = +∞}). Slopes are kept directly, never recovered from differences of values,
 * so a slope on a tiny piece is as accurate as on a long one. {@code slopeMagnitudes} bound the sum of the
 * magnitudes of the terms that make up each slope, the scale of its rounding error.
 */
final class SharedGridFunctions {
    final double[] grid;
    final double[][] values;
    final double[][] slopes;
    final double[][] slopeMagnitudes;

    SharedGridFunctions(double[] grid, double[][] values, double[][] slopes, double[][] slopeMagnitudes) {
        this.grid = grid;
        this.values = values;
        this.slopes = slopes;
        this.slopeMagnitudes = slopeMagnitudes;
    }

    /** The identity {@code x} on the one-point grid {0}. */
    static SharedGridFunctions input() {
        return new SharedGridFunctions(new double[] {0.0}, new double[][] {{0.0}}, new double[][] {{1.0, 1.0}},
                new double[][] {{1.0, 1.0}});
    }

    int count() {
        return values.length;
    }

    /** @return {@code W u + c} for {@code W} row-major {@code [out][in]} at {@code weights[offset …]} */
    SharedGridFunctions affine(double[] theta, int weightOffset, int biasOffset, int outputs) {
        int inputs = count();
        int m = grid.length;
        double[][] v = new double[outputs][m];
        double[][] s = new double[outputs][m + 1];
        double[][] a = new double[outputs][m + 1];
        for (int j = 0; j < outputs; j++) {
            double c = theta[biasOffset + j];
            Arrays.fill(v[j], c);
            for (int k = 0; k < inputs; k++) {
                double wjk = theta[weightOffset + j * inputs + k];
                if (wjk == 0) {
                    continue;
                }
                double[] vk = values[k];
                double[] sk = slopes[k];
                double[] ak = slopeMagnitudes[k];
                for (int g = 0; g < m; g++) {
                    v[j][g] += wjk * vk[g];
                }
                double mag = Math.abs(wjk);
                for (int p = 0; p <= m; p++) {
                    s[j][p] += wjk * sk[p];
                    a[j][p] += mag * ak[p];
                }
            }
        }
        return new SharedGridFunctions(grid, v, s, a);
    }

    /**
     * The points where {@code [z_u(x) > 0]} changes, for function {@code u}: strict sign changes inside a piece,
     * and exact zeros at grid points with {@code z_u > 0} on at least one side. Sorted, distinct.
     */
    double[] positivityBoundary(int u) {
        double[] v = values[u];
        double[] s = slopes[u];
        int m = grid.length;
        double[] roots = new double[2 * m + 1];
        int count = 0;
        if ((v[0] > 0 && s[0] > 0) || (v[0] < 0 && s[0] < 0)) {
            roots[count++] = Math.min(grid[0], grid[0] - v[0] / s[0]);
        }
        for (int g = 0; g < m; g++) {
            if (v[g] == 0) {
                if (leftSign(u, g) > 0 || rightSign(u, g) > 0) {
                    roots[count++] = grid[g];
                }
            }
            if (g + 1 < m && ((v[g] > 0 && v[g + 1] < 0) || (v[g] < 0 && v[g + 1] > 0))) {
                double r = grid[g] + (grid[g + 1] - grid[g]) * (v[g] / (v[g] - v[g + 1]));
                roots[count++] = Math.min(Math.max(r, grid[g]), grid[g + 1]);
            }
        }
        if ((v[m - 1] > 0 && s[m] < 0) || (v[m - 1] < 0 && s[m] > 0)) {
            roots[count++] = Math.max(grid[m - 1], grid[m - 1] - v[m - 1] / s[m]);
        }
        return distinctSorted(Arrays.copyOf(roots, count));
    }

    /** Sign of {@code z_u} on the open piece left of grid point {@code g}, whose value there is zero. */
    private double leftSign(int u, int g) {
        if (g == 0) {
            return -Math.signum(slopes[u][0]);
        }
        return Math.signum(values[u][g - 1]);
    }

    /** Sign of {@code z_u} on the open piece right of grid point {@code g}, whose value there is zero. */
    private double rightSign(int u, int g) {
        if (g == grid.length - 1) {
            return Math.signum(slopes[u][grid.length]);
        }
        return Math.signum(values[u][g + 1]);
    }

    /**
     * The same functions on a finer grid (a sorted superset of this grid): values at new points by the exact affine
     * formula of the piece holding them, slopes copied piecewise; {@code zeros[u]} (sorted, each a point of
     * {@code finer}) are set to exactly 0 for function {@code u}. One merge-like pass a function: O(n · m).
     */
    SharedGridFunctions refine(double[] finer, double[][] zeros) {
        int n = count();
        int m2 = finer.length;
        double[][] v = new double[n][m2];
        double[][] s = new double[n][m2 + 1];
        double[][] a = new double[n][m2 + 1];
        int[] pieceOfPoint = new int[m2];
        int[] oldIndex = new int[m2];
        int g = 0;
        for (int q = 0; q < m2; q++) {
            while (g < grid.length && grid[g] < finer[q]) {
                g++;
            }
            oldIndex[q] = g < grid.length && grid[g] == finer[q] ? g : -1;
            pieceOfPoint[q] = g; // old piece holding finer[q] when it is not an old grid point
        }
        for (int u = 0; u < n; u++) {
            double[] vu = values[u];
            double[] su = slopes[u];
            double[] au = slopeMagnitudes[u];
            double[] own = zeros[u];
            int z = 0; // the first of the unit's zeros >= finer[q]: both are sorted, so one pass, no search
            for (int q = 0; q < m2; q++) {
                double x = finer[q];
                while (z < own.length && own[z] < x) {
                    z++;
                }
                if (z < own.length && own[z] == x) {
                    v[u][q] = 0.0;
                } else if (oldIndex[q] >= 0) {
                    v[u][q] = vu[oldIndex[q]];
                } else {
                    v[u][q] = valueInPiece(u, pieceOfPoint[q], x, own, z);
                }
            }
            // new piece r lies between finer[r−1] and finer[r]; it sits inside the old piece holding finer[r] (or
            // the rightmost old piece for r = m2)
            for (int r = 0; r <= m2; r++) {
                int p = r == m2 ? grid.length : (oldIndex[r] >= 0 ? oldIndex[r] : pieceOfPoint[r]);
                s[u][r] = su[p];
                a[u][r] = au[p];
            }
        }
        return new SharedGridFunctions(finer, v, s, a);
    }

    /**
     * The value of function {@code u} at {@code x} inside old piece {@code p}, from the nearest point where it is
     * known: a grid point of the piece or the function's own zero in it. Anchoring at the nearest point keeps the
     * sign right next to a zero, where the value is tiny and an anchor far away would swamp it with rounding.
     *
     * @param at the index of the first of {@code ownZeros} that is {@code >= x}
     */
    private double valueInPiece(int u, int p, double x, double[] ownZeros, int at) {
        double lo = p == 0 ? Double.NEGATIVE_INFINITY : grid[p - 1];
        double hi = p == grid.length ? Double.POSITIVE_INFINITY : grid[p];
        double anchor = Double.NaN;
        double anchorValue = 0;
        double distance = Double.POSITIVE_INFINITY;
        if (p > 0) {
            anchor = lo;
            anchorValue = values[u][p - 1];
            distance = x - lo;
        }
        if (p < grid.length && hi - x < distance) {
            anchor = hi;
            anchorValue = values[u][p];
            distance = hi - x;
        }
        for (int c = Math.max(0, at - 1); c <= Math.min(ownZeros.length - 1, at); c++) {
            double r = ownZeros[c];
            if (r >= lo && r <= hi && Math.abs(x - r) < distance) {
                anchor = r;
                anchorValue = 0;
                distance = Math.abs(x - r);
            }
        }
        return anchorValue + slopes[u][p] * (x - anchor);
    }

    /**
     * Applies relu to every function, in place: the refined bundle it is called on is garbage afterwards, and a layer
     * of a large grid then needs one copy of its arrays, not two. The grid must already hold every zero crossing of
     * every function. Each function's slopes are decided before its values are clamped, on the values as they were.
     *
     * @return this bundle, now holding the relu of each function
     */
    SharedGridFunctions reluInPlace() {
        int n = count();
        int m = grid.length;
        for (int u = 0; u < n; u++) {
            for (int p = 0; p <= m; p++) {
                if (!(pieceSign(u, p) > 0)) {
                    slopes[u][p] = 0.0;
                    slopeMagnitudes[u][p] = 0.0;
                }
            }
            double[] v = values[u];
            for (int g = 0; g < m; g++) {
                v[g] = Math.max(v[g], 0.0);
            }
        }
        return this;
    }

    /** Sign of function {@code u} on the open piece {@code p}, which holds no zero crossing. */
    private double pieceSign(int u, int p) {
        int m = grid.length;
        double[] v = values[u];
        if (p == 0) {
            return v[0] != 0 ? Math.signum(v[0]) : -Math.signum(slopes[u][0]);
        }
        if (p == m) {
            return v[m - 1] != 0 ? Math.signum(v[m - 1]) : Math.signum(slopes[u][m]);
        }
        return v[p - 1] != 0 ? Math.signum(v[p - 1]) : Math.signum(v[p]);
    }

    /** @return the points sorted and without repeats, {@code −0.0} read as {@code 0.0} (one zero, found by search) */
    static double[] distinctSorted(double[] points) {
        if (points.length == 0) {
            return points;
        }
        double[] sorted = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            sorted[i] = points[i] + 0.0;
        }
        Arrays.sort(sorted);
        int k = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[k - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, k);
    }

    /**
     * @param a sorted, distinct, no {@code −0.0} (as {@link #distinctSorted} gives)
     * @param b the same
     * @return the size of the union of {@code a} and {@code b}, counted by one merge without building it
     */
    static long mergedCount(double[] a, double[] b) {
        long count = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (b[j] < a[i]) {
                j++;
            } else {
                i++;
                j++;
            }
            count++;
        }
        return count + (a.length - i) + (b.length - j);
    }

    /**
     * @param a     sorted, distinct, no {@code −0.0} (as {@link #distinctSorted} gives)
     * @param b     the same
     * @param count {@link #mergedCount}{@code (a, b)}
     * @return the sorted distinct union of {@code a} and {@code b}, by one merge: O(|a| + |b|)
     */
    static double[] mergeDistinct(double[] a, double[] b, int count) {
        double[] merged = new double[count];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                merged[k++] = a[i++];
            } else if (b[j] < a[i]) {
                merged[k++] = b[j++];
            } else {
                merged[k++] = a[i++];
                j++;
            }
        }
        while (i < a.length) {
            merged[k++] = a[i++];
        }
        while (j < b.length) {
            merged[k++] = b[j++];
        }
        return merged;
    }
}
