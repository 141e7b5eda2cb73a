package org.splinelens.losssurface.critical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.Bdso;
import org.splinelens.core.spline.LineFit;
import org.splinelens.core.spline.Pwl;
import org.splinelens.core.spline.SortOrder;
import org.splinelens.losssurface.partition.DataPartition;

/**
 * Thm 4 at θ: if some unit is active on all data and every point is on the active side of some unit, θ is critical
 * iff on every piece of the data partition the network's line is an OLS fit of the piece's data. The "only if" needs
 * more than the statement says (units with {@code v_i = 0} inside the data, breakpoints on data points): see
 * {@link Theorem4Hypotheses}, whose failures say which hypothesis a critical point that is not piecewise OLS breaks.
 *
 * @param gradientNorm  {@code ‖∇ℓ(θ)‖₂}, exact
 * @param critical      see {@link Criticality}
 * @param roundingRatio the gradient in units of its rounding bound, see {@link Criticality}
 * @param hypotheses    Thm 4's hypotheses, as printed and as its proof needs them
 * @param pieces        the partition's pieces, left to right
 * @param lonely        every piece holds at most one point
 * @param degeneracies  Cor 2's causes that hold
 */
public record CriticalPointReport(double gradientNorm, boolean critical, double roundingRatio,
        Theorem4Hypotheses hypotheses,
        List<PieceFit> pieces, boolean lonely, Degeneracies degeneracies) {
    public CriticalPointReport {
        pieces = List.copyOf(pieces);
    }

    /** @return true when every piece's network line is an OLS fit */
    public boolean piecewiseOls() {
        return pieces.stream().allMatch(PieceFit::ols);
    }

    /**
     * The report in O(H log H + N log N + N·H): the data and the breakpoints are sorted once, the points of each piece
     * gathered by a counting sort (in data order, so each piece's sums are the same as a scan of the data gives), the
     * network's line on each piece read off its canonical PWL, and the activation patterns of Cor 2 compared as one
     * key per unit ({@link ActivationSets}). The N·H is the residuals and the gradient, evaluated point by point as
     * the network itself evaluates: data made by the network then have residuals exactly 0, which a faster sweep
     * through the canonical PWL would blur into rounding noise.
     *
     * @throws IllegalArgumentException if a piece's least-squares line overflows (the data are too large)
     */
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
        ActivationSets sets = new ActivationSets(network, x);
        Criticality criticality = Criticality.of(deep, x, y);
        DataPartition partition = DataPartition.of(network, x);
        return new CriticalPointReport(criticality.gradientNorm(), criticality.critical(),
                criticality.roundingRatio(), Theorem4Hypotheses.of(network, sets),
                pieces(network, partition.breakpoints(), x, y, e, scale, tolerance), partition.lonely(),
                degeneracies(network, sets));
    }

    private static List<PieceFit> pieces(ShallowNetwork network, double[] breakpoints, double[] x, double[] y,
            double[] e, double[] scale, double tolerance) {
        // points by piece, each piece's in data order: piece p holds the points with p breakpoints <= x
        int count = breakpoints.length + 1;
        int[] start = new int[count + 1];
        int[] pieceOf = new int[x.length];
        for (int n = 0; n < x.length; n++) {
            pieceOf[n] = SortOrder.countAtMost(breakpoints, x[n]);
            start[pieceOf[n] + 1]++;
        }
        for (int p = 0; p < count; p++) {
            start[p + 1] += start[p];
        }
        double[] xs = new double[x.length];
        double[] ys = new double[x.length];
        double[] es = new double[x.length];
        double[] ms = new double[x.length];
        int[] next = Arrays.copyOf(start, count);
        for (int n = 0; n < x.length; n++) {
            int at = next[pieceOf[n]]++;
            xs[at] = x[n];
            ys[at] = y[n];
            es[at] = e[n];
            ms[at] = scale[n];
        }
        Pwl net = Bdso.of(network).toPwl();
        List<PieceFit> pieces = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            double from = p == 0 ? Double.NEGATIVE_INFINITY : breakpoints[p - 1];
            double to = p == breakpoints.length ? Double.POSITIVE_INFINITY : breakpoints[p];
            if (p > 0 && p < breakpoints.length && from == to) {
                continue; // coincident breakpoints bound an empty piece
            }
            double inside = Double.isInfinite(from) ? (Double.isInfinite(to) ? 0 : to - 1)
                    : Double.isInfinite(to) ? from + 1 : 0.5 * (from + to);
            int line = net.pieceOf(inside);
            pieces.add(fit(from, to, xs, ys, es, ms, start[p], start[p + 1], tolerance, net.slope(line),
                    net.intercept(line)));
        }
        return pieces;
    }

    /**
     * The piece's OLS test on its points {@code [first, end)} of {@code x}, {@code y}, {@code e}: {@code Σe} and
     * {@code Σe·x} over the piece vanish within their rounding, which is at most {@code τ Σ (F_n + |y_n|)(1 + |x_n|)}
     * by {@link GradientRounding}'s argument (they are the gradient components of the piece's line, up to the factor
     * {@code v_i}).
     */
    private static PieceFit fit(double from, double to, double[] x, double[] y, double[] e, double[] magnitude,
            int first, int end, double tolerance, double netSlope, double netIntercept) {
        double sumE = 0;
        double sumEx = 0;
        double scale = 0;
        for (int n = first; n < end; n++) {
            sumE += e[n];
            sumEx += e[n] * x[n];
            scale += magnitude[n] * (1 + Math.abs(x[n]));
        }
        // a piece whose OLS line is not unique (fewer than two distinct x) is free: report no line
        LineFit line = LineFit.of(x, y, first, end);
        if (line.unique() && !(Double.isFinite(line.slope()) && Double.isFinite(line.intercept()))) {
            // NaN means a free piece below; an overflowing sum of squares must not pass for one
            throw new IllegalArgumentException("the least-squares line of the piece [" + from + ", " + to
                    + ") is not finite: the data are too large for double precision");
        }
        double slope = line.unique() ? line.slope() : Double.NaN;
        double intercept = line.unique() ? line.intercept() : Double.NaN;
        boolean ols = Math.abs(sumE) <= tolerance * scale && Math.abs(sumEx) <= tolerance * scale;
        return new PieceFit(from, to, end - first, slope, intercept, netSlope, netIntercept, ols);
    }

    private static Degeneracies degeneracies(ShallowNetwork network, ActivationSets sets) {
        int h = network.width();
        List<Integer> onAll = new ArrayList<>();
        List<Integer> onNone = new ArrayList<>();
        List<Integer> singleInput = new ArrayList<>();
        List<Integer> zero = new ArrayList<>();
        for (int i = 0; i < h; i++) {
            long key = sets.key(i);
            if (key == ActivationSets.ALL) {
                onAll.add(i);
            }
            if (key == ActivationSets.NONE) {
                onNone.add(i);
            }
            if (sets.singleInput(i)) {
                singleInput.add(i);
            }
            if (network.w(i) == 0 || network.b(i) == 0 || network.v(i) == 0) {
                zero.add(i);
            }
        }
        List<int[]> classes = sets.classes(1);
        Map<Long, int[]> byKey = new HashMap<>();
        for (int[] units : classes) {
            byKey.put(sets.key(units[0]), units);
        }
        List<int[]> shared = new ArrayList<>();
        List<int[][]> complementary = new ArrayList<>();
        for (int[] units : classes) {
            if (units.length >= 2) {
                shared.add(units);
            }
            int[] other = byKey.get(sets.complement(sets.key(units[0])));
            if (other != null && units[0] < other[0]) {
                complementary.add(new int[][] {units, other});
            }
        }
        return new Degeneracies(shared, onAll, onNone, singleInput, zero, complementary);
    }
}
