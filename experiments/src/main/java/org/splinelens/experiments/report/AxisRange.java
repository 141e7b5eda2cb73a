package org.splinelens.experiments.report;

import java.util.ArrayList;
import java.util.List;
import org.splinelens.experiments.runner.Figure;

/**
 * An axis of a figure: its scale and drawn range, and for the y axis what the robust range leaves out.
 *
 * @param log     logarithmic
 * @param min     lower end drawn
 * @param max     upper end drawn
 * @param clipped the series with values beyond the range (empty when none)
 * @param extreme the value farthest beyond the range, NaN when none
 * @param decadesOnly a log axis labelled at its decades only (else at 1, 2, …, 9 times them: a short span)
 */
record AxisRange(boolean log, double min, double max, List<String> clipped, double extreme, boolean decadesOnly) {
    /** Margin beyond the values, as a fraction of their span (in the axis' own scale). */
    private static final double MARGIN = 0.04;
    /** A dense series reaching beyond the others' hull by more than this many of its widths is an outlier. */
    private static final double OUTLIER = 10;
    /** How far beyond the other series' hull (in multiples of its width) an outlier is still drawn. */
    private static final double REACH = 0.5;
    /** A log axis spanning at most this many decades is labelled at 1, 2, …, 9 times its decades. */
    private static final double SHORT_LOG = 1.2;

    /** A linear axis over [min, max]. */
    static AxisRange linear(double min, double max) {
        return new AxisRange(false, min, max, List.of(), Double.NaN, false);
    }

    AxisRange {
        clipped = List.copyOf(clipped);
    }

    /**
     * @return whether an axis of {@code scale} over {@code values} is logarithmic: always for {@link Figure.Scale#LOG},
     *         and for {@link Figure.Scale#AUTO} when every value is positive and the largest is more than ten times
     *         the smallest
     */
    static boolean logarithmic(Figure.Scale scale, List<double[]> values) {
        if (scale != Figure.Scale.AUTO) {
            return scale == Figure.Scale.LOG;
        }
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (double[] vs : values) {
            for (double v : vs) {
                if (!(v > 0)) {
                    return false;
                }
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        return high > 10 * low;
    }

    /** @return the axis over all {@code values} (an x axis: nothing clipped) */
    static AxisRange all(boolean log, List<double[]> values) {
        double[] span = span(log, values);
        return drawn(log, span[0], span[1], List.of(), Double.NaN);
    }

    /**
     * The robust y axis. A dense series (a curve of more than {@link FigureStyle#DENSE_POINTS} points: a fitted
     * function, whose spikes or divergence would flatten the rest) is an outlier when it reaches beyond the hull of all
     * the other series' values by more than {@value #OUTLIER} times that hull's width; the axis then spans the other
     * series, widened by {@value #REACH} of their width on each side, and the outliers leave it. At most half the
     * series may be outliers (else there is no typical scale, and everything is drawn). A sparse series' points are
     * measured means, each evidence: never an outlier.
     *
     * @param values  per series, the values that set the range (means, and the ends of their error bars)
     * @param bodies  per series, its points (the means)
     * @param names   the series' names
     */
    static AxisRange y(boolean log, List<double[]> values, List<double[]> bodies, List<String> names) {
        int n = values.size();
        boolean[] outlier = new boolean[n];
        int outliers = 0;
        for (int s = 0; s < n; s++) {
            if (bodies.get(s).length <= FigureStyle.DENSE_POINTS) {
                continue;
            }
            double[] others = hull(log, values, s, null);
            double[] own = hull(log, List.of(bodies.get(s)), -1, null);
            double width = others[1] - others[0];
            if (others[0] > others[1] || own[0] > own[1]) {
                continue;
            }
            double beyond = Math.max(others[0] - own[0], own[1] - others[1]);
            double scale = width > 0 ? width : Math.max(Math.abs(others[1]), 1e-300);
            if (beyond > OUTLIER * scale) {
                outlier[s] = true;
                outliers++;
            }
        }
        if (outliers == 0 || 2 * outliers > n) {
            return all(log, values);
        }
        double[] kept = hull(log, values, -1, outlier);
        double width = kept[1] > kept[0] ? kept[1] - kept[0] : Math.max(Math.abs(kept[1]), 1) * 0.1;
        double from = kept[0] - REACH * width;
        double to = kept[1] + REACH * width;
        double min = kept[0];
        double max = kept[1];
        double extreme = Double.NaN;
        double farthest = 0;
        List<String> clipped = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (!outlier[s]) {
                continue;
            }
            clipped.add(names.get(s));
            for (double v : transformed(log, values.get(s))) {
                if (v < from || v > to) {
                    double beyond = v < from ? from - v : v - to;
                    if (beyond > farthest) {
                        farthest = beyond;
                        extreme = log ? Math.pow(10, v) : v;
                    }
                } else {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return drawn(log, min, max, clipped, extreme);
    }

    /** @return [low, high] (axis scale) of the series but {@code skip} and those {@code left} out */
    private static double[] hull(boolean log, List<double[]> values, int skip, boolean[] left) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < values.size(); s++) {
            if (s == skip || (left != null && left[s])) {
                continue;
            }
            for (double v : transformed(log, values.get(s))) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        return new double[] {low, high};
    }

    /** @return [low, high] of all values, in the axis' own scale ([0, 1] when there are none) */
    private static double[] span(boolean log, List<double[]> values) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] vs : values) {
            for (double v : transformed(log, vs)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        return low <= high ? new double[] {low, high} : new double[] {0, 1};
    }

    /** The range drawn for values from {@code low} to {@code high} (axis scale): a margin, and two decade ticks. */
    private static AxisRange drawn(boolean log, double low, double high, List<String> clipped, double extreme) {
        if (!(low < high)) {
            double half = log ? 0.5 : (low == 0 ? 1 : Math.abs(low) * 0.1);
            low -= half;
            high += half;
        }
        double margin = MARGIN * (high - low);
        double from = low - margin;
        double to = high + margin;
        if (!log) {
            return new AxisRange(false, from, to, clipped, extreme, false);
        }
        if (to - from <= SHORT_LOG) {
            while (labelled(from, to) < 2) { // a fraction of a decade: widen until two of 1, 2, …, 9 × 10^k show
                from -= 0.05;
                to += 0.05;
            }
            return new AxisRange(true, Math.pow(10, from), Math.pow(10, to), clipped, extreme, false);
        }
        if (Math.floor(to) - Math.ceil(from) < 1) { // fewer than two decades labelled: widen to whole decades
            from = Math.min(from, Math.floor(low));
            to = Math.max(to, Math.ceil(high));
            if (to - from < 1) {
                to = from + 1;
            }
        }
        return new AxisRange(true, Math.pow(10, from), Math.pow(10, to), clipped, extreme, true);
    }

    /** @return how many of 1, 2, …, 9 times a power of ten lie in [10^from, 10^to] */
    private static int labelled(double from, double to) {
        int count = 0;
        for (int decade = (int) Math.floor(from); decade <= (int) Math.ceil(to); decade++) {
            for (int j = 1; j <= 9; j++) {
                double at = decade + Math.log10(j);
                count += at >= from && at <= to ? 1 : 0;
            }
        }
        return count;
    }

    private static double t(boolean log, double v) {
        return log ? Math.log10(v) : v;
    }

    private static double[] transformed(boolean log, double[] values) {
        double[] t = new double[values.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = t(log, values[i]);
        }
        return t;
    }
}
