package org.splinelens.baselines.fit;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.splinelens.baselines.segmented.Segment;

/**
 * A fitted function that can be evaluated, with its residual sum of squares on the data and its piece count.
 *
 * @param method   the fitter's name
 * @param pieces   linear (or cubic) pieces of the fitted function over the data range
 * @param rss      {@code Σ (f(x_n) − y_n)²}
 * @param segments the segments of a piecewise-linear fit, left to right (empty for splines)
 * @param function the fitted function
 */
public record FitResult(String method, int pieces, double rss, List<Segment> segments,
        DoubleUnaryOperator function) {

    public FitResult {
        Objects.requireNonNull(method, "method");
        segments = List.copyOf(segments);
        Objects.requireNonNull(function, "function");
    }

    public double value(double x) {
        return function.applyAsDouble(x);
    }
}
