package org.splinelens.baselines.fit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.splinelens.baselines.segmented.Segment;
import org.splinelens.core.limits.PrecisionExceeded;

/**
 * A fitted function that can be evaluated, with its residual sum of squares on the data and its piece count. The RSS
 * is finite: a fit that is not (its values at the data overflowed or are NaN) is refused here, whichever fitter made
 * it, so no plugin can hand out a non-finite fit.
 *
 * @param method     the fitter's name
 * @param pieces     linear (or cubic) pieces of the fitted function over the data range
 * @param rss        {@code Σ (f(x_n) − y_n)²}
 * @param segments   the segments of a piecewise-linear fit, left to right (empty for splines)
 * @param function   the fitted function
 * @param parameters what the method chose or was given, by name, in its own order (smoothing-spline: lambda, df,
 *                   gcv), for reports; empty for the methods described by pieces and segments alone
 */
public record FitResult(String method, int pieces, double rss, List<Segment> segments,
        DoubleUnaryOperator function, Map<String, Double> parameters) {

    /** @throws PrecisionExceeded if {@code rss} or a parameter is not finite */
    public FitResult {
        Objects.requireNonNull(method, "method");
        if (!Double.isFinite(rss)) {
            throw new PrecisionExceeded(method + ": the fit is not finite (its RSS is " + rss + "): the data are too"
                    + " large or too closely spaced for double precision");
        }
        segments = List.copyOf(segments);
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(parameters, "parameters");
        parameters.forEach((name, value) -> {
            if (!Double.isFinite(value)) {
                throw new PrecisionExceeded(method + ": the fit's " + name + " is not finite (" + value + ")");
            }
        });
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A fit without parameters of its own. */
    public FitResult(String method, int pieces, double rss, List<Segment> segments, DoubleUnaryOperator function) {
        this(method, pieces, rss, segments, function, Map.of());
    }

    public double value(double x) {
        return function.applyAsDouble(x);
    }
}
