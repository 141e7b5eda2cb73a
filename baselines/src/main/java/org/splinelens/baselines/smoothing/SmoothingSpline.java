package org.splinelens.baselines.smoothing;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.splinelens.baselines.smoothing.ReinschSmoother.Solution;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.limits.PrecisionExceeded;

/**
 * The natural cubic smoothing spline: the minimiser over all twice-differentiable g of
 * <pre>  Σ_n w_n (y_n − g(x_n))² + λ ∫ g''(x)² dx</pre>
 * — what SRS Table 2 compares against ("a natural cubic smoothing spline using the R method smooth.spline", whose
 * default chooses λ by generalised cross-validation). The minimiser is a natural cubic spline with knots at the
 * distinct x (Green &amp; Silverman 1994, Thm 2.4): cubic between them, C², linear beyond the ends. Repeated x are
 * one knot carrying the summed weight and the weighted mean of their y ({@link Knots}); the fit is found in O(N) by
 * Reinsch's banded algorithm ({@link ReinschSmoother}).
 *
 * <p>The smoothing. Its effective degrees of freedom are {@code df = tr S_λ}, the trace of the linear smoother
 * {@code ȳ ↦ g} on the knots, which falls from n (λ = 0: the interpolant of the knots' means, the natural cubic
 * spline) to 2 (λ → ∞: the weighted least-squares line). λ is chosen by one of
 * <ul>
 * <li>generalised cross-validation (the default, {@link Config#gcv()}): λ minimises
 * {@code GCV(λ) = (RSS/Σw) / (1 − df/N)²}, with RSS the weighted residual sum of squares of all N observations
 * (inside the ties too); with unit weights {@code GCV = N · RSS / (N − df)²}. This is smooth.spline's score
 * ({@code cv = FALSE}, {@code df.offset = 0}, {@code penalty = 1}), which does not change when the weights are
 * scaled (R scales them to mean 1);</li>
 * <li>a degrees-of-freedom target ({@link Config#fixedDf}), {@code 2 < df <= n};</li>
 * <li>λ itself ({@link Config#fixedLambda}).</li>
 * </ul>
 *
 * <p>What {@code lambda} means here: the λ of the criterion above, in the data's own units ({@code ∫ g''²} has units
 * y²/x³, so λ has units x³ per unit weight) and with the weights as given. R's {@code smooth.spline} states its λ
 * on another scale: it maps x to {@code [0, 1]} by {@code (x − min x)/r}, {@code r = max x − min x}, and scales the
 * weights to sum to N before it forms {@code (y − f)ᵀW(y − f) + λ_R ∫ f''²}, so
 * {@code λ_R = λ · N / (Σw · r³)} ({@code λ / r³} with unit weights); its {@code spar} is
 * {@code λ_R = ratio · 256^(3·spar − 1)} with {@code ratio = tr(XᵀWX)/tr(Σ)} a ratio of traces of its B-spline
 * matrices, so spar has no counterpart here. The df are the same quantity in both. R's fit equals this one where R
 * uses every distinct x as a knot ({@code all.knots = TRUE}, or at most 49 distinct x, as in SRS Table 2's 23
 * points); beyond 49 it places fewer knots and fits a regression spline. R also pools x closer than
 * {@code tol = 1e-6 · IQR(x)} (here only equal x are tied), needs four distinct x (here three), and finds the GCV
 * minimum by golden section over {@code spar ∈ [−1.5, 1.5]}, a local minimum inside a bounded λ range, where this
 * class scans the whole range first ({@link SmoothingChoice}).
 */
public final class SmoothingSpline implements DoubleUnaryOperator {
    private final double[] x;
    private final double[] t;
    private final double[] g;
    private final double[] second;
    private final double range;
    private final double lambda;
    private final double df;
    private final double gcv;
    private final double rss;
    private final double leftSlope;
    private final double rightSlope;
    private final double condition;

    private SmoothingSpline(Knots k, Solution s, double lambda) {
        this.x = k.x;
        this.t = k.t;
        this.range = k.range;
        this.g = s.values(k);
        this.second = s.second();
        this.lambda = lambda;
        this.df = s.df(k);
        this.gcv = s.gcv(k);
        this.rss = s.rss(k);
        this.condition = s.condition();
        int last = t.length - 1;
        double h0 = t[1] - t[0];
        double hn = t[last] - t[last - 1];
        this.leftSlope = (g[1] - g[0]) / h0 - h0 * second[1] / 6;
        this.rightSlope = (g[last] - g[last - 1]) / hn + hn * second[last - 1] / 6;
        for (double v : g) {
            if (!Double.isFinite(v)) {
                throw new PrecisionExceeded("smoothing spline: the fit is not finite: the data are too large for"
                        + " double precision; rescale y");
            }
        }
    }

    /**
     * How λ is chosen: by GCV when neither key is given, else by the one given.
     *
     * @param df     the effective degrees of freedom {@code tr S_λ} to fit, in {@code (2, n]} for n distinct x (n:
     *               interpolation); null (the default) when not fixed
     * @param lambda the λ of the criterion, in the data's units (see {@link SmoothingSpline}; not R's scale),
     *               positive; null (the default) when not fixed
     */
    public record Config(Double df, Double lambda) {

        public Config {
            if (df != null && lambda != null) {
                throw new IllegalArgumentException("df and lambda both fix the smoothing; give one of them (or"
                        + " neither, for GCV)");
            }
            if (df != null && !(df > 2 && df < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("df must be > 2 (2 is the least-squares line) and at most the"
                        + " number of distinct x, got " + df);
            }
            if (lambda != null && !(lambda > 0 && lambda < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("lambda must be positive and finite, got " + lambda);
            }
        }

        /** @return λ chosen by generalised cross-validation (the default, as smooth.spline's) */
        public static Config gcv() {
            return new Config(null, null);
        }

        /** @return λ chosen so that {@code tr S_λ = df} */
        public static Config fixedDf(double df) {
            return new Config(df, null);
        }

        /** @return λ as given, in the data's units */
        public static Config fixedLambda(double lambda) {
            return new Config(null, lambda);
        }
    }

    /** @return the smoothing spline of {@code (x_n, y_n)} with unit weights */
    public static SmoothingSpline fit(double[] x, double[] y, Config config) {
        double[] w = new double[x.length];
        Arrays.fill(w, 1);
        return fit(x, y, w, config);
    }

    /** @return the smoothing spline of {@code data} with unit weights */
    public static SmoothingSpline fit(Dataset data, Config config) {
        return fit(data.x(), data.y(), config);
    }

    /**
     * @param x      finite, at least 3 distinct values, in any order, repeats allowed
     * @param y      finite, as many as x
     * @param w      the weights {@code w_n}, positive and finite, as many as x
     * @param config how λ is chosen
     * @throws IllegalArgumentException for data as above violated or a df beyond the number of distinct x, and
     *                                  ({@link PrecisionExceeded}) for data beyond double precision
     */
    public static SmoothingSpline fit(double[] x, double[] y, double[] w, Config config) {
        Knots k = Knots.of(x, y, w);
        ReinschSmoother smoother = new ReinschSmoother(k);
        // ∫ g''(x)² dx = r⁻³ ∫ g̃''(t)² dt for t = (x − x_1)/r: λ in x units is λ on the unit scale times r³
        double cube = k.range * k.range * k.range;
        if (!(cube >= Double.MIN_NORMAL && cube < Double.POSITIVE_INFINITY)) {
            throw new PrecisionExceeded("smoothing spline: lambda scales as the cube of the x range " + k.range
                    + ", which leaves double precision; rescale x");
        }
        Solution s;
        if (config.lambda() != null) {
            s = smoother.solve(config.lambda() / cube);
            if (!s.resolved()) {
                throw SmoothingChoice.unresolved("lambda = " + config.lambda());
            }
        } else if (config.df() != null) {
            s = SmoothingChoice.df(smoother, config.df());
        } else {
            s = SmoothingChoice.gcv(smoother);
        }
        double lambda = config.lambda() != null ? config.lambda() : s.lambda() * cube;
        if (!Double.isFinite(lambda)) {
            throw new PrecisionExceeded("smoothing spline: the chosen lambda (" + s.lambda() + " on the unit x scale)"
                    + " times the cube of the x range " + k.range + " overflows; rescale x");
        }
        return new SmoothingSpline(k, s, lambda);
    }

    /** @return about how many banded O(n) solves choosing λ by GCV takes for n distinct x (for work estimates) */
    public static double searchSolves(int n) {
        return SmoothingChoice.gcvSolves(n);
    }

    /**
     * @return {@code g(x)}: the cubic of its interval between knots (Green &amp; Silverman (2.5)), the line of the
     *         end's slope beyond the knots
     */
    public double value(double at) {
        double u = (at - x[0]) / range;
        int last = t.length - 1;
        if (u <= 0) {
            return g[0] + leftSlope * u;
        }
        if (u >= 1) {
            return g[last] + rightSlope * (u - 1);
        }
        int i = Arrays.binarySearch(t, u);
        if (i >= 0) {
            return g[i];
        }
        i = -i - 2;
        double h = t[i + 1] - t[i];
        double a = u - t[i];
        double b = t[i + 1] - u;
        return (a * g[i + 1] + b * g[i]) / h - a * b / 6 * ((1 + a / h) * second[i + 1] + (1 + b / h) * second[i]);
    }

    @Override
    public double applyAsDouble(double at) {
        return value(at);
    }

    /** @return the effective degrees of freedom {@code tr S_λ}, in {@code [2, n]} */
    public double df() {
        return df;
    }

    /** @return λ of the criterion in the data's units (see the class comment; not R's scale) */
    public double lambda() {
        return lambda;
    }

    /** @return the GCV score {@code (RSS/Σw) / (1 − df/N)²} at this λ (its limit as λ → 0 at λ = 0) */
    public double gcv() {
        return gcv;
    }

    /** @return {@code Σ w_n (y_n − g(x_n))²} over all the observations */
    public double rss() {
        return rss;
    }

    /**
     * @return the estimated condition number of the banded system solved (diagonally scaled, 1-norm); fits are
     *         refused above 1e8, where double precision no longer resolves the df and values to about 2e-8
     */
    public double condition() {
        return condition;
    }

    /** @return the knots, the distinct x ascending */
    public double[] knots() {
        return x.clone();
    }

    /** @return {@code g} at the knots */
    public double[] knotValues() {
        return g.clone();
    }

    /** @return {@code g''} at the knots, in the data's units (zero at both ends) */
    public double[] secondDerivatives() {
        double[] d = new double[second.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = second[i] / range / range;
        }
        return d;
    }
}
