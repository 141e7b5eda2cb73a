package org.splinelens.experiments.report;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** A series' body: its values between these quantiles (a single spike does not set the range). */
    private static final double BODY = 0.02;
    /** How far beyond the series' typical body (in multiples of its width) a value may lie before it is clipped. */
    private static final double REACH = 2;
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
     * The robust y axis. Each series' body is its values between the {@value #BODY} and 1 − {@value #BODY}
     * quantiles; the typical body runs from the median of the bodies' lower ends to the median of their upper ends;
     * values of a dense series (a curve of more than {@link FigureStyle#DENSE_POINTS} points: a fitted function,
     * whose spikes or divergence would flatten the rest) more than {@value #REACH} of its widths beyond it are
     * clipped — unless that would leave half the series' bodies or fewer inside (then there is no typical scale, and
     * everything is drawn). A sparse series' points are measured means, each evidence: never clipped.
     *
     * @param values  per series, the values that set the range (means, and the ends of their error bars)
     * @param bodies  per series, the values whose quantiles are its body (the means)
     * @param names   the series' names
     */
    static AxisRange y(boolean log, List<double[]> values, List<double[]> bodies, List<String> names) {
        List<double[]> ranges = new ArrayList<>();
        for (double[] body : bodies) {
            if (body.length > 0) {
                double[] t = transformed(log, body);
                Arrays.sort(t);
                ranges.add(new double[] {quantile(t, BODY), quantile(t, 1 - BODY)});
            }
        }
        if (ranges.isEmpty()) {
            return all(log, values);
        }
        double low = median(ranges.stream().mapToDouble(r -> r[0]).toArray());
        double high = median(ranges.stream().mapToDouble(r -> r[1]).toArray());
        double width = high - low > 0 ? high - low : Math.max(Math.abs(high), 1) * 0.1;
        double from = low - REACH * width;
        double to = high + REACH * width;
        long inside = ranges.stream().filter(r -> r[0] >= from && r[1] <= to).count();
        if (2 * inside <= ranges.size()) {
            return all(log, values);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double extreme = Double.NaN;
        double farthest = 0;
        List<String> clipped = new ArrayList<>();
        for (int s = 0; s < values.size(); s++) {
            boolean out = false;
            boolean dense = bodies.get(s).length > FigureStyle.DENSE_POINTS;
            for (double v : transformed(log, values.get(s))) {
                if (dense && (v < from || v > to)) {
                    out = true;
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
            if (out && !clipped.contains(names.get(s))) {
                clipped.add(names.get(s));
            }
        }
        return drawn(log, min, max, clipped, extreme);
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

    /** @return the {@code p}-quantile of sorted values, linearly interpolated */
    static double quantile(double[] sorted, double p) {
        double at = p * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return quantile(sorted, 0.5);
    }
}
