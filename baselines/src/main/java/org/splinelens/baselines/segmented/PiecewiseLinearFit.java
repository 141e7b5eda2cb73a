package org.splinelens.baselines.segmented;

import java.util.List;
import org.splinelens.core.spline.LineFit;

/**
 * A segmented least-squares fit: consecutive segments of the sorted data, each with its own OLS line — piecewise
 * linear, in general discontinuous at the breaks. Between two segments the fit switches at the midpoint of the gap;
 * beyond the data the outer lines extend.
 *
 * @param segments left to right
 * @param rss      residual sum of squares over all points
 */
public record PiecewiseLinearFit(List<Segment> segments, double rss) {

    public PiecewiseLinearFit {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a segmented fit needs at least one segment");
        }
    }

    public int pieces() {
        return segments.size();
    }

    public double value(double x) {
        for (int s = 0; s < segments.size() - 1; s++) {
            Segment here = segments.get(s);
            double next = segments.get(s + 1).from();
            if (x < 0.5 * (here.to() + next)) {
                return here.value(x);
            }
        }
        return segments.get(segments.size() - 1).value(x);
    }

    /** Segments from sorted break indices {@code 0 = b_0 < b_1 < … < b_k = N}. */
    static PiecewiseLinearFit of(SegmentCosts costs, double[] xs, int[] breaks) {
        List<Segment> segments = new java.util.ArrayList<>();
        double rss = 0;
        for (int s = 0; s + 1 < breaks.length; s++) {
            int from = breaks[s];
            int to = breaks[s + 1];
            LineFit line = costs.line(from, to);
            segments.add(new Segment(from, to, xs[from], xs[to - 1], line.slope(), line.intercept()));
            rss += line.rss();
        }
        return new PiecewiseLinearFit(segments, rss);
    }
}
