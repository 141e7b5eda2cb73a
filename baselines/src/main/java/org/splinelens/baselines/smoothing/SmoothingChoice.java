package org.splinelens.baselines.smoothing;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.splinelens.baselines.smoothing.ReinschSmoother.Solution;
import org.splinelens.core.limits.PrecisionExceeded;

/**
 * How the smoothing parameter is chosen, all on the unit x scale and in {@code u = log(λ / λ₀)} with
 * {@code λ₀ = tr R / tr M} ({@link ReinschSmoother#balance}), where the penalty and the fit weigh alike.
 *
 * <p>GCV. The score is scanned on a grid of {@value #STEPS_PER_DECADE} points a decade, from the decade where the
 * spline all but interpolates ({@code n − tr S ≤ }{@value #NEAR} {@code n}) to the one where it is all but the
 * least-squares line ({@code tr S − 2 ≤ }{@value #NEAR} {@code n}); beyond both ends the score no longer changes. A
 * score of several local minima is thus judged by its values over the whole range, not by the basin a local search
 * starts in; Brent's method (golden section with parabolic steps) then refines the best grid point between its two
 * neighbours. A best point at an end of the grid is kept as it is: the score is flat beyond it.
 *
 * <p>Degrees of freedom. {@code tr S_λ} falls strictly from n (λ = 0) to 2 (λ → ∞), so a target in {@code (2, n]}
 * has one λ; it is bracketed by decades from λ₀ and found by Brent's root finder in u. The target n is λ = 0.
 */
final class SmoothingChoice {
    static final int STEPS_PER_DECADE = 8;
    static final double NEAR = 1e-7;
    private static final double LN10 = Math.log(10);
    /** Decades searched either side of λ₀ before giving up: past them λ leaves double precision. */
    private static final int MAX_DECADES = 300;
    private static final int MAX_EVALUATIONS = 400;

    private SmoothingChoice() {
    }

    /** @return the solution at the GCV minimiser (on the unit scale) */
    static Solution gcv(ReinschSmoother smoother) {
        Knots k = smoother.knots();
        int n = k.size();
        double base = smoother.balance();
        if (!smoother.solve(base).resolved()) {
            throw unresolved("the fit at lambda = " + base + " on the unit x scale");
        }
        int low = 0;
        boolean openLow = false;
        while (low > -MAX_DECADES) {
            Solution s = smoother.solve(base * Math.pow(10, low - 1));
            if (!s.resolved()) {
                openLow = true;
                break;
            }
            low--;
            if (n - s.df(k) <= NEAR * n) {
                break;
            }
        }
        int high = 0;
        boolean openHigh = false;
        while (high < MAX_DECADES) {
            Solution s = smoother.solve(base * Math.pow(10, high + 1));
            if (!s.resolved()) {
                openHigh = true;
                break;
            }
            high++;
            if (s.df(k) - 2 <= NEAR * n) {
                break;
            }
        }
        int points = (high - low) * STEPS_PER_DECADE + 1;
        double[] u = new double[points];
        double[] score = new double[points];
        int best = 0;
        for (int p = 0; p < points; p++) {
            u[p] = (low + (double) p / STEPS_PER_DECADE) * LN10;
            score[p] = score(smoother, base * Math.exp(u[p]));
            if (score[p] < score[best]) {
                best = p;
            }
        }
        if (best == 0 && openLow || best == points - 1 && openHigh) {
            Solution edge = smoother.solve(base * Math.exp(u[best]));
            throw unresolved("the GCV minimum (the score still falls at df = " + edge.df(k) + ")");
        }
        if (best == 0 || best == points - 1) {
            return smoother.solve(base * Math.exp(u[best]));
        }
        BrentOptimizer brent = new BrentOptimizer(1e-10, 1e-12);
        UnivariatePointValuePair min = brent.optimize(new MaxEval(MAX_EVALUATIONS), GoalType.MINIMIZE,
                new UnivariateObjectiveFunction(v -> score(smoother, base * Math.exp(v))),
                new SearchInterval(u[best - 1], u[best + 1], u[best]));
        double chosen = min.getValue() <= score[best] ? min.getPoint() : u[best];
        return smoother.solve(base * Math.exp(chosen));
    }

    /** @return the refusal of a fit whose banded system is too ill-conditioned for double precision */
    static PrecisionExceeded unresolved(String what) {
        return new PrecisionExceeded("smoothing spline: " + what + " lies beyond what the banded (Reinsch) solve"
                + " resolves in double precision for these x (condition number above "
                + Solution.MAX_CONDITION + ": x much closer together than their range over N, or many points"
                + " smoothed towards the line); give fewer or more evenly spaced x, or a larger df");
    }

    /** @return the GCV score at λ, +∞ where it is not resolved or not a number (data beyond double precision) */
    private static double score(ReinschSmoother smoother, double lambda) {
        Solution s = smoother.solve(lambda);
        double gcv = s.resolved() ? s.gcv(smoother.knots()) : Double.NaN;
        return Double.isNaN(gcv) ? Double.POSITIVE_INFINITY : gcv;
    }

    /** @param df in {@code (2, n]} */
    static Solution df(ReinschSmoother smoother, double df) {
        Knots k = smoother.knots();
        int n = k.size();
        if (!(df > 2 && df <= n)) {
            throw new IllegalArgumentException("smoothing spline: df must be in (2, " + n + "] (2 < df <= the number"
                    + " of distinct x), got " + df);
        }
        if (df == n) {
            return smoother.solve(0);
        }
        double base = smoother.balance();
        int low = 0;
        while (smoother.solve(base * Math.pow(10, low)).df(k) < df) {
            if (--low < -MAX_DECADES) {
                throw new PrecisionExceeded("smoothing spline: df = " + df + " is too close to " + n
                        + " (interpolation) for double precision");
            }
        }
        int high = low + 1;
        while (true) {
            Solution s = smoother.solve(base * Math.pow(10, high));
            if (!s.resolved()) {
                throw unresolved("the lambda of df = " + df);
            }
            if (s.df(k) <= df) {
                break;
            }
            if (++high > MAX_DECADES) {
                throw new PrecisionExceeded("smoothing spline: df = " + df + " is too close to 2 (the least-squares"
                        + " line) for double precision");
            }
        }
        try {
            double root = new BrentSolver(1e-15, 1e-12).solve(MAX_EVALUATIONS,
                    v -> smoother.solve(base * Math.exp(v)).df(k) - df, (high - 1) * LN10, high * LN10);
            Solution s = smoother.solve(base * Math.exp(root));
            if (!s.resolved()) {
                throw unresolved("the lambda of df = " + df);
            }
            return s;
        } catch (TooManyEvaluationsException e) {
            throw new PrecisionExceeded("smoothing spline: no lambda found for df = " + df + " in "
                    + MAX_EVALUATIONS + " steps", e);
        }
    }

    /** @return the number of banded solves the GCV search of n knots makes, about (for work estimates) */
    static double gcvSolves(int n) {
        double decades = 4 * Math.log10(Math.max(3, n)) + 16;
        return decades * (STEPS_PER_DECADE + 1) + 60;
    }
}
