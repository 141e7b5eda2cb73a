package org.splinelens.losssurface.critical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.LineFit;
import org.splinelens.losssurface.partition.DataPartition;

/**
 * Thm 4 at θ: if some unit is active on all data and every point is on the active side of some unit, θ is critical
 * iff on every piece of the data partition the network's line is an OLS fit of the piece's data.
 *
 * @param gradientNorm  {@code ‖∇ℓ(θ)‖₂}, exact
 * @param critical      see {@link Criticality}
 * @param roundingRatio the gradient in units of its rounding bound, see {@link Criticality}
 * @param hypotheses    Thm 4's two hypotheses hold
 * @param pieces        the partition's pieces, left to right
 * @param lonely        every piece holds at most one point
 * @param degeneracies  Cor 2's causes that hold
 */
public record CriticalPointReport(double gradientNorm, boolean critical, double roundingRatio, boolean hypotheses,
        List<PieceFit> pieces, boolean lonely, Degeneracies degeneracies) {
    public CriticalPointReport {
        pieces = List.copyOf(pieces);
    }

    /** @return true when every piece's network line is an OLS fit */
    public boolean piecewiseOls() {
        return pieces.stream().allMatch(PieceFit::ols);
    }

    /** @throws IllegalArgumentException if a piece's least-squares line overflows (the data are too large) */
    public static CriticalPointReport of(ShallowNetwork network, double[] x, double[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("critical-point report needs equally many x and y values, at least one");
        }
        double[] e = new double[x.length];
        network.values(x, e);
        // the rounding scale of each residual: |f_n| + |y_n| bounded through the absolute-value pass
        DeepNetwork deep = network.asDeep();
        double[] scale = new double[x.length];
        GradientRounding rounding = new GradientRounding(deep);
        for (int n = 0; n < x.length; n++) {
            e[n] -= y[n];
            scale[n] = rounding.outputMagnitude(x[n]) + Math.abs(y[n]);
        }
        double tolerance = GradientRounding.tolerance(deep.architecture(), x.length);
        boolean[][] active = patterns(network, x);
        Criticality criticality = Criticality.of(deep, x, y);
        DataPartition partition = DataPartition.of(network, x);
        return new CriticalPointReport(criticality.gradientNorm(), criticality.critical(),
                criticality.roundingRatio(), hypotheses(active, x.length),
                pieces(network, partition.breakpoints(), x, y, e, scale, tolerance), partition.lonely(),
                degeneracies(network, x, active));
    }

    private static boolean[][] patterns(ShallowNetwork network, double[] x) {
        boolean[][] active = new boolean[network.width()][x.length];
        for (int i = 0; i < network.width(); i++) {
            for (int n = 0; n < x.length; n++) {
                active[i][n] = network.w(i) * x[n] + network.b(i) > 0;
            }
        }
        return active;
    }

    private static boolean hypotheses(boolean[][] active, int size) {
        boolean someUnitOnAll = false;
        boolean[] covered = new boolean[size];
        for (boolean[] unit : active) {
            boolean all = true;
            for (int n = 0; n < size; n++) {
                all &= unit[n];
                covered[n] |= unit[n];
            }
            someUnitOnAll |= all;
        }
        boolean everyPointCovered = true;
        for (boolean c : covered) {
            everyPointCovered &= c;
        }
        return someUnitOnAll && everyPointCovered;
    }

    private static List<PieceFit> pieces(ShallowNetwork network, double[] breakpoints, double[] x, double[] y,
            double[] e, double[] scale, double tolerance) {
        List<PieceFit> pieces = new ArrayList<>();
        for (int p = 0; p <= breakpoints.length; p++) {
            double from = p == 0 ? Double.NEGATIVE_INFINITY : breakpoints[p - 1];
            double to = p == breakpoints.length ? Double.POSITIVE_INFINITY : breakpoints[p];
            if (p > 0 && p < breakpoints.length && from == to) {
                continue; // coincident breakpoints bound an empty piece
            }
            double inside = Double.isInfinite(from) ? (Double.isInfinite(to) ? 0 : to - 1)
                    : Double.isInfinite(to) ? from + 1 : 0.5 * (from + to);
            double slope = 0;
            double intercept = network.b0();
            for (int i = 0; i < network.width(); i++) {
                if (network.w(i) * inside + network.b(i) > 0) {
                    slope += network.v(i) * network.w(i);
                    intercept += network.v(i) * network.b(i);
                }
            }
            pieces.add(fit(from, to, x, y, e, scale, tolerance, slope, intercept));
        }
        return pieces;
    }

    /**
     * The piece's OLS test: {@code Σe} and {@code Σe·x} over the piece vanish within their rounding, which is at most
     * {@code τ Σ (F_n + |y_n|)(1 + |x_n|)} by {@link GradientRounding}'s argument (they are the gradient components
     * of the piece's line, up to the factor {@code v_i}).
     */
    private static PieceFit fit(double from, double to, double[] x, double[] y, double[] e, double[] magnitude,
            double tolerance, double netSlope, double netIntercept) {
        double[] pieceX = new double[x.length];
        double[] pieceY = new double[y.length];
        int count = 0;
        double sumE = 0;
        double sumEx = 0;
        double scale = 0;
        for (int n = 0; n < x.length; n++) {
            if (x[n] >= from && x[n] < to) {
                pieceX[count] = x[n];
                pieceY[count] = y[n];
                count++;
                sumE += e[n];
                sumEx += e[n] * x[n];
                scale += magnitude[n] * (1 + Math.abs(x[n]));
            }
        }
        // a piece whose OLS line is not unique (fewer than two distinct x) is free: report no line
        LineFit line = LineFit.of(pieceX, pieceY, 0, count);
        if (line.unique() && !(Double.isFinite(line.slope()) && Double.isFinite(line.intercept()))) {
            // NaN means a free piece below; an overflowing sum of squares must not pass for one
            throw new IllegalArgumentException("the least-squares line of the piece [" + from + ", " + to
                    + ") is not finite: the data are too large for double precision");
        }
        double slope = line.unique() ? line.slope() : Double.NaN;
        double intercept = line.unique() ? line.intercept() : Double.NaN;
        boolean ols = Math.abs(sumE) <= tolerance * scale && Math.abs(sumEx) <= tolerance * scale;
        return new PieceFit(from, to, count, slope, intercept, netSlope, netIntercept, ols);
    }

    private static Degeneracies degeneracies(ShallowNetwork network, double[] x, boolean[][] active) {
        int h = network.width();
        List<int[]> shared = new ArrayList<>();
        List<int[]> complementary = new ArrayList<>();
        List<Integer> onAll = new ArrayList<>();
        List<Integer> onNone = new ArrayList<>();
        List<Integer> singleInput = new ArrayList<>();
        List<Integer> zero = new ArrayList<>();
        for (int i = 0; i < h; i++) {
            int count = 0;
            double first = Double.NaN;
            boolean oneValue = true;
            for (int n = 0; n < x.length; n++) {
                if (active[i][n]) {
                    count++;
                    if (count == 1) {
                        first = x[n];
                    } else {
                        oneValue &= x[n] == first;
                    }
                }
            }
            if (count == x.length) {
                onAll.add(i);
            }
            if (count == 0) {
                onNone.add(i);
            }
            if (count > 0 && oneValue) {
                singleInput.add(i);
            }
            if (network.w(i) == 0 || network.b(i) == 0 || network.v(i) == 0) {
                zero.add(i);
            }
            for (int j = i + 1; j < h; j++) {
                if (Arrays.equals(active[i], active[j])) {
                    shared.add(new int[] {i, j});
                }
                boolean complement = true;
                for (int n = 0; n < x.length; n++) {
                    complement &= active[i][n] != active[j][n];
                }
                if (complement) {
                    complementary.add(new int[] {i, j});
                }
            }
        }
        return new Degeneracies(shared, onAll, onNone, singleInput, zero, complementary);
    }
}
