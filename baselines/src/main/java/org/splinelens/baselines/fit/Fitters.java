package org.splinelens.baselines.fit;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.DoubleUnaryOperator;
import org.splinelens.baselines.interpolation.MinimumNormSpline;
import org.splinelens.baselines.interpolation.NaturalCubicSpline;
import org.splinelens.baselines.segmented.GreedyMerge;
import org.splinelens.baselines.segmented.PiecewiseLinearFit;
import org.splinelens.baselines.segmented.Segment;
import org.splinelens.baselines.segmented.SegmentedRegression;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.limits.PrecisionExceeded;
import org.splinelens.core.spline.Bdso;
import org.splinelens.core.spline.LineFit;
import org.splinelens.core.spline.Pwl;

/** The built-in fitters. */
public final class Fitters {
    /** Greedy Merge's δ: keeps (1 + 1/δ) k pairs apart per round and stops at (2 + 2/δ) k = 4k pieces. */
    static final double GREEDY_DELTA = 1.0;
    private static final int MAX_BIC_BREAKS = 20;

    private Fitters() {
    }

    public static List<Fitter> all() {
        return List.of(
                fitter("dp", "optimal segmented least squares by dynamic programming (Bai & Perron); BIC when"
                        + " pieces = 0",
                        Fitters::dp),
                fitter("greedy-merge", "Greedy Merge segmented regression (Acharya et al. 2016), delta = 1, finished"
                        + " by DP over the survivors", Fitters::greedyMerge),
                fitter("linear", "linear interpolation through the data (CPWL, knots at the data)", Fitters::linear),
                fitter("natural-cubic", "natural cubic spline interpolation (f'' = 0 at both ends)",
                        (data, request) -> {
                            NaturalCubicSpline spline = NaturalCubicSpline.through(data);
                            return result("natural-cubic", data, spline.knots().length - 1, List.of(), spline::value);
                        }),
                fitter("min-norm", "minimum-norm delta-slopes mu* = pinv(Phi) y on uniform breakpoints of both"
                        + " orientations (Thm 6, Cor 4)", Fitters::minNorm));
    }

    private static Fitter fitter(String name, String description, BiFunction<Dataset, FitRequest, FitResult> fit) {
        return new Fitter() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public FitResult fit(Dataset data, FitRequest request) {
                return finite(fit.apply(data, request));
            }
        };
    }

    private static FitResult dp(Dataset data, FitRequest request) {
        requireSquarable("dp", data);
        int breaks = request.pieces() - 1;
        SegmentedRegression regression;
        if (request.pieces() == 0) {
            int most = Math.min(MAX_BIC_BREAKS, data.size() / request.minSegment() - 1);
            regression = SegmentedRegression.fit(data, Math.max(0, most), request.minSegment());
            breaks = regression.bicBreaks();
        } else {
            regression = SegmentedRegression.fit(data, breaks, request.minSegment());
        }
        return segmented("dp", regression.withBreaks(breaks), data);
    }

    private static FitResult greedyMerge(Dataset data, FitRequest request) {
        requireSquarable("greedy merge", data);
        int pieces = request.pieces() == 0 ? 4 : request.pieces();
        if ((long) pieces * request.minSegment() > data.size()) {
            throw new IllegalArgumentException("greedy merge: " + pieces + " pieces of at least "
                    + request.minSegment() + " points need " + (long) pieces * request.minSegment()
                    + " points, got " + data.size());
        }
        GreedyMerge merge = GreedyMerge.run(data, pieces, GREEDY_DELTA);
        return segmented("greedy-merge", merge.finish(pieces, request.minSegment()), data);
    }

    private static FitResult segmented(String method, PiecewiseLinearFit fit, Dataset data) {
        requireFiniteRss(method, fit.rss(), data);
        return new FitResult(method, fit.pieces(), fit.rss(), fit.segments(), fit::value);
    }

    private static FitResult linear(Dataset data, FitRequest request) {
        Dataset sorted = data.sortedByX();
        double[] x = sorted.x();
        double[] y = sorted.y();
        for (int n = 1; n < x.length; n++) {
            if (!(x[n - 1] < x[n])) {
                throw new IllegalArgumentException("linear interpolation: x values must be distinct, " + x[n]
                        + " repeats");
            }
        }
        int last = x.length - 1;
        for (int n = 1; n < x.length; n++) {
            double slope = (y[n] - y[n - 1]) / (x[n] - x[n - 1]);
            if (!Double.isFinite(slope)) {
                throw new IllegalArgumentException("linear interpolation: the slope between x = " + x[n - 1]
                        + " and x = " + x[n] + " is not finite (" + slope + "): the x spacing is too small (or the y"
                        + " step too large) for double precision");
            }
        }
        double left = last == 0 ? 0 : (y[1] - y[0]) / (x[1] - x[0]);
        double right = last == 0 ? 0 : (y[last] - y[last - 1]) / (x[last] - x[last - 1]);
        Pwl pwl = Pwl.throughPoints(x, y, left, right);
        return result("linear", data, pwl.piecesIn(x[0], x[last]), List.of(), pwl::value);
    }

    private static FitResult minNorm(Dataset data, FitRequest request) {
        double a = data.minX();
        double b = data.maxX();
        if (!(a < b)) {
            throw new IllegalArgumentException("min-norm: the data need at least two distinct x values");
        }
        requireSquarable("min-norm", data);
        int locations = Math.max(2, request.pieces() == 0 ? 4 * data.size() : request.pieces() - 1);
        MinimumNormSpline spline = MinimumNormSpline.uniform(data, locations, a, b);
        int[] s = spline.orientations();
        double[] mu = spline.deltaSlopes();
        double[] bdsoMu = new double[mu.length];
        for (int i = 0; i < mu.length; i++) {
            bdsoMu[i] = s[i] * mu[i];
        }
        Pwl pwl = Pwl.of(new Bdso(spline.breakpoints(), bdsoMu, s, 0));
        return result("min-norm", data, pwl.piecesIn(a, b), List.of(), spline::value);
    }

    /** Least squares square the centred data: see {@link LineFit#requireSquarable}. */
    static void requireSquarable(String method, Dataset data) {
        LineFit.requireSquarable(method, data.x(), data.y());
    }

    /** Refuses a non-finite RSS before FitResult does, naming the data's magnitudes. */
    private static void requireFiniteRss(String method, double rss, Dataset data) {
        if (!Double.isFinite(rss)) {
            throw new PrecisionExceeded(method + ": the fit is not finite (its RSS is " + rss + "): the data are too"
                    + " large or too closely spaced for double precision (" + data.magnitudes() + ")");
        }
    }

    /** The backstop behind the fitters' own input checks: a finite RSS, and finite lines on every segment. */
    private static FitResult finite(FitResult fit) {
        for (Segment s : fit.segments()) {
            if (!(Double.isFinite(s.slope()) && Double.isFinite(s.intercept()))) {
                throw new PrecisionExceeded(fit.method() + ": the line of the segment from x = " + s.from() + " is not"
                        + " finite (" + s.slope() + " x + " + s.intercept() + "): the data are too large for double"
                        + " precision");
            }
        }
        return fit;
    }

    private static FitResult result(String method, Dataset data, int pieces, List<Segment> segments,
            DoubleUnaryOperator f) {
        double rss = 0;
        for (int n = 0; n < data.size(); n++) {
            double e = f.applyAsDouble(data.x(n)) - data.y(n);
            rss += e * e;
        }
        requireFiniteRss(method, rss, data);
        return new FitResult(method, pieces, rss, segments, f);
    }
}
