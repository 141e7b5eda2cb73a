package org.splinelens.baselines.fit;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntBinaryOperator;
import org.splinelens.baselines.interpolation.MinimumNormSpline;
import org.splinelens.baselines.interpolation.NaturalCubicSpline;
import org.splinelens.baselines.segmented.GreedyMerge;
import org.splinelens.baselines.segmented.PiecewiseLinearFit;
import org.splinelens.baselines.segmented.Segment;
import org.splinelens.baselines.segmented.SegmentedRegression;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.limits.PrecisionExceeded;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.spline.Bdso;
import org.splinelens.core.spline.LineFit;
import org.splinelens.core.spline.Pwl;

/** The built-in fitters. */
public final class Fitters {
    /** Greedy Merge's δ: keeps (1 + 1/δ) k pairs apart per round and stops at (2 + 2/δ) k = 4k pieces. */
    static final double GREEDY_DELTA = 1.0;
    private static final int MAX_BIC_BREAKS = 20;
    /** A point sorted and summed for the segment costs: its x and y, their copies and five prefix sums. */
    private static final double BYTES_PER_SORTED_POINT = 8 * 10;

    private Fitters() {
    }

    public static List<Fitter> all() {
        return List.of(
                fitter("dp", "optimal segmented least squares by dynamic programming (Bai & Perron); BIC when"
                        + " pieces = 0", Fitters::dp, Fitters::dpEstimate),
                fitter("greedy-merge", "Greedy Merge segmented regression (Acharya et al. 2016), delta = 1, finished"
                        + " by DP over the survivors", Fitters::greedyMerge, Fitters::greedyMergeEstimate),
                fitter("linear", "linear interpolation through the data (CPWL, knots at the data)",
                        (data, request, progress) -> linear(data), (n, request, what) -> linearEstimate(n, what)),
                fitter("natural-cubic", "natural cubic spline interpolation (f'' = 0 at both ends)",
                        (data, request, progress) -> {
                            NaturalCubicSpline spline = NaturalCubicSpline.through(data);
                            return result("natural-cubic", data, spline.knots().length - 1, List.of(), spline::value);
                        }, (n, request, what) -> naturalCubicEstimate(n, what)),
                new MinNorm(), new SmoothingSplineFitter());
    }

    /** min-norm: its fit is a sum over all 2 × locations features, so each evaluation costs them all. */
    private static final class MinNorm extends Described {
        MinNorm() {
            super("min-norm", "minimum-norm delta-slopes mu* = pinv(Phi) y on uniform breakpoints of both"
                    + " orientations (Thm 6, Cor 4)", (data, request, progress) -> minNorm(data, request),
                    Fitters::minNormEstimate);
        }

        @Override
        public double evaluationSteps(int dataPoints, FitRequest request) {
            return 2.0 * locations(dataPoints, request);
        }
    }

    /** A fit telling its progress (percent done, 100). */
    private interface Fit {
        FitResult fit(Dataset data, FitRequest request, IntBinaryOperator progress);
    }

    /** A fit's estimate of its work. */
    private interface Estimate {
        WorkEstimate estimate(int dataPoints, FitRequest request, String what);
    }

    private static Fitter fitter(String name, String description, Fit fit, Estimate estimate) {
        return new Described(name, description, fit, estimate);
    }

    /** A fitter made of its name, description, fit and estimate. */
    private static class Described implements Fitter {
        private final String name;
        private final String description;
        private final Fit fit;
        private final Estimate estimate;

        Described(String name, String description, Fit fit, Estimate estimate) {
            this.name = name;
            this.description = description;
            this.fit = fit;
            this.estimate = estimate;
        }

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
            return finite(fit.fit(data, request, (done, all) -> 0));
        }

        @Override
        public FitResult fit(Dataset data, FitRequest request, IntBinaryOperator progress) {
            progress.applyAsInt(0, 100);
            FitResult result = finite(fit.fit(data, request, progress));
            progress.applyAsInt(100, 100);
            return result;
        }

        @Override
        public WorkEstimate estimate(int dataPoints, FitRequest request, String what) {
            return estimate.estimate(dataPoints, request, what);
        }
    }

    private static FitResult dp(Dataset data, FitRequest request, IntBinaryOperator progress) {
        requireSquarable("dp", data);
        int breaks = request.pieces() - 1;
        SegmentedRegression regression;
        if (request.pieces() == 0) {
            regression = SegmentedRegression.fit(data, bicBreaks(data.size(), request), request.minSegment(),
                    progress);
            breaks = regression.bicBreaks();
        } else {
            regression = SegmentedRegression.fit(data, breaks, request.minSegment(), progress);
        }
        return segmented("dp", regression.withBreaks(breaks), data);
    }

    /** @return the most breaks BIC chooses among */
    private static int bicBreaks(int dataPoints, FitRequest request) {
        return Math.max(0, Math.min(MAX_BIC_BREAKS, dataPoints / request.minSegment() - 1));
    }

    /**
     * The DP of M breaks over N points: M passes over the N × N table of segment costs, half of it each (O(M N²)
     * steps), and {@code (M + 1) × (N + 1)} int back-pointers; beside them the sorted data and the prefix sums of
     * {@link SegmentedRegression}.
     */
    private static WorkEstimate dpEstimate(int dataPoints, FitRequest request, String what) {
        double n = dataPoints;
        double breaks = request.pieces() == 0 ? bicBreaks(dataPoints, request) : request.pieces() - 1.0;
        return new WorkEstimate(what + (request.pieces() == 0 ? ", up to " + (long) breaks + " breaks by BIC" : ""),
                4 * (breaks + 1) * (n + 1) + BYTES_PER_SORTED_POINT * n,
                breaks * n * n / 2 + sortSteps(n));
    }

    private static FitResult greedyMerge(Dataset data, FitRequest request, IntBinaryOperator progress) {
        requireSquarable("greedy merge", data);
        int pieces = request.pieces() == 0 ? 4 : request.pieces();
        if ((long) pieces * request.minSegment() > data.size()) {
            throw new IllegalArgumentException("greedy merge: " + pieces + " pieces of at least "
                    + request.minSegment() + " points need " + (long) pieces * request.minSegment()
                    + " points, got " + data.size());
        }
        GreedyMerge merge = GreedyMerge.run(data, pieces, GREEDY_DELTA);
        return segmented("greedy-merge", merge.finish(pieces, request.minSegment(), progress), data);
    }

    /**
     * Greedy Merge of k pieces: the rounds are O(N) each, halving the pieces; the DP that finishes it runs over the
     * about {@code (2 + 2/δ) k} survivors, O(k · (4k)²) steps and {@code k × 4k} back-pointers.
     */
    private static WorkEstimate greedyMergeEstimate(int dataPoints, FitRequest request, String what) {
        double n = dataPoints;
        double pieces = request.pieces() == 0 ? 4 : request.pieces();
        double survivors = Math.min(n, (2 + 2 / GREEDY_DELTA) * pieces);
        return new WorkEstimate(what, 4 * pieces * (survivors + 1) + BYTES_PER_SORTED_POINT * n,
                (pieces - 1) * survivors * survivors / 2 + sortSteps(n) + 20 * n);
    }

    private static FitResult segmented(String method, PiecewiseLinearFit fit, Dataset data) {
        requireFiniteRss(method, fit.rss(), data);
        return new FitResult(method, fit.pieces(), fit.rss(), fit.segments(), fit::value);
    }

    /** Linear interpolation: the sorted data and a canonical PWL with a piece per point, built in a few copies. */
    private static WorkEstimate linearEstimate(double n, String what) {
        return new WorkEstimate(what, BYTES_PER_SORTED_POINT * n + 8 * 12 * n, sortSteps(n) + 10 * n);
    }

    /**
     * commons-math3's natural cubic spline: a tridiagonal solve over a handful of N-arrays, then a polynomial object
     * per piece, built twice (the spline and its derivative for the linear ends): about 200 bytes a point (measured).
     */
    private static WorkEstimate naturalCubicEstimate(double n, String what) {
        return new WorkEstimate(what, BYTES_PER_SORTED_POINT * n + 200 * n, sortSteps(n) + 50 * n);
    }

    private static FitResult linear(Dataset data) {
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
        int locations = locations(data.size(), request);
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

    /** @return the uniform breakpoint locations of min-norm: 4N by default, else pieces − 1; at least 2 */
    private static int locations(int dataPoints, FitRequest request) {
        return (int) Math.min(Integer.MAX_VALUE / 2, Math.max(2, request.pieces() == 0 ? 4L * dataPoints
                : request.pieces() - 1L));
    }

    /**
     * The pseudo-inverse of the N × M feature matrix Φ (M = 2 × locations, both orientations) by EJML's SVD: Φ, its
     * working copies, V and Φ⁺ are M × N, U is N × N (about 9NM + N² doubles at the peak, measured), and the SVD takes
     * O(N · M · min(N, M)) steps; evaluating the fit at the N points takes N · M more.
     */
    private static WorkEstimate minNormEstimate(int dataPoints, FitRequest request, String what) {
        double n = dataPoints;
        double features = 2.0 * locations(dataPoints, request);
        return new WorkEstimate(what + ", " + (long) features + " features" + (request.pieces() == 0
                ? " (4N breakpoint locations of both orientations)" : ""), 8 * (9 * n * features + n * n),
                n * features * Math.min(n, features) / 2 + 2 * n * features);
    }

    /** @return steps of sorting n points, a few per comparison */
    private static double sortSteps(double n) {
        return 3 * n * Math.log(Math.max(2, n)) / Math.log(2);
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
