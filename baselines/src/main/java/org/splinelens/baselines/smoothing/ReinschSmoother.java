package org.splinelens.baselines.smoothing;

import org.splinelens.core.limits.PrecisionExceeded;

/**
 * The penalised least squares of a natural cubic spline on the knots' unit scale, in Reinsch's banded form (Green
 * &amp; Silverman, <i>Nonparametric Regression and Generalized Linear Models</i>, 1994, §2.3 and §3.2).
 *
 * <p>Mathematics. With knots {@code t_1 < … < t_n}, {@code h_i = t_{i+1} − t_i}, a natural cubic spline is fixed by
 * its values {@code g} and its second derivatives {@code γ} at the interior knots ({@code γ_1 = γ_n = 0}); they are
 * consistent iff {@code Qᵀg = Rγ}, where Q ({@code n × (n−2)}) has in column j the second divided difference at knot
 * j ({@code 1/h_{j−1}, −1/h_{j−1} − 1/h_j, 1/h_j} in rows j−1, j, j+1) and R ({@code (n−2) × (n−2)}) is tridiagonal
 * with {@code (h_{j−1} + h_j)/3} on the diagonal and {@code h_j/6} beside it. Then {@code ∫ g''² = γᵀRγ = gᵀKg} with
 * {@code K = Q R⁻¹ Qᵀ}, and the minimiser of {@code (ȳ − g)ᵀW(ȳ − g) + λ gᵀKg} is {@code g = (W + λK)⁻¹Wȳ}.
 * Reinsch's algorithm gets it in O(n): {@code (R + λ QᵀW⁻¹Q) γ = Qᵀȳ}, a symmetric positive definite pentadiagonal
 * system B γ = Qᵀȳ solved by {@code B = L D Lᵀ} (L unit lower triangular with two sub-diagonals), then
 * {@code g = ȳ − λ W⁻¹Qγ}.
 *
 * <p>Trace. Since {@code I − (W + λK)⁻¹W = λ W⁻¹Q B⁻¹ Qᵀ}, the effective degrees of freedom are
 * {@code tr S_λ = n − λ tr(B⁻¹ M)} with {@code M = QᵀW⁻¹Q}, which is pentadiagonal: only the five central bands of
 * {@code B⁻¹} enter, and those follow from the factorisation in O(n) (Hutchinson &amp; de Hoog 1985): from
 * {@code Lᵀ B⁻¹ = D⁻¹ L⁻¹}, whose upper triangle is {@code D⁻¹}, {@code Σ_ij = δ_ij/d_i − l_{i+1,i} Σ_{i+1,j}
 * − l_{i+2,i} Σ_{i+2,j}} for {@code j ≥ i}, run from the last row up. {@code n − tr S_λ} is computed as this product
 * itself, never as a difference, so it keeps its digits as λ → 0.
 */
final class ReinschSmoother {
    private final Knots knots;
    private final int m;
    private final double[] r0;
    private final double[] r1;
    private final double[] m0;
    private final double[] m1;
    private final double[] m2;
    private final double[] qty;

    ReinschSmoother(Knots knots) {
        this.knots = knots;
        double[] h = knots.h;
        double[] w = knots.w;
        double[] y = knots.ybar;
        int n = knots.size();
        m = n - 2;
        r0 = new double[m];
        r1 = new double[m];
        m0 = new double[m];
        m1 = new double[m];
        m2 = new double[m];
        qty = new double[m];
        for (int j = 0; j < m; j++) {
            // column j is knot j + 1: entries a (row j), b (row j + 1), c (row j + 2)
            double a = 1 / h[j];
            double c = 1 / h[j + 1];
            double b = -a - c;
            r0[j] = (h[j] + h[j + 1]) / 3;
            m0[j] = a * a / w[j] + b * b / w[j + 1] + c * c / w[j + 2];
            qty[j] = (y[j + 2] - y[j + 1]) / h[j + 1] - (y[j + 1] - y[j]) / h[j];
            if (j + 1 < m) {
                double a1 = c;
                double b1 = -c - 1 / h[j + 2];
                r1[j] = h[j + 1] / 6;
                m1[j] = b * a1 / w[j + 1] + c * b1 / w[j + 2];
            }
            if (j + 2 < m) {
                m2[j] = c / h[j + 2] / w[j + 2];
            }
            if (!(Double.isFinite(m0[j]) && Double.isFinite(m1[j]) && Double.isFinite(qty[j]))) {
                throw new PrecisionExceeded("smoothing spline: the penalty near x = " + knots.x[j + 1] + " is not"
                        + " finite: the x spacing " + (knots.x[j + 2] - knots.x[j + 1]) + " is too small relative to"
                        + " the x range " + knots.range + " (or y too large) for double precision");
            }
        }
    }

    Knots knots() {
        return knots;
    }

    /** @return {@code tr R / tr M}, the λ at which roughness and fidelity weigh alike on the unit scale */
    double balance() {
        double r = 0;
        double q = 0;
        for (int j = 0; j < m; j++) {
            r += r0[j];
            q += m0[j];
        }
        return r / q;
    }

    /**
     * @param lambda the smoothing parameter on the unit scale, {@code >= 0}
     * @return the fit at λ; when B is too ill-conditioned for double precision (a pivot that is not positive, or an
     *         estimated condition number past {@link Solution#resolved()}'s bound) a solution that says so
     */
    Solution solve(double lambda) {
        double[] b0 = new double[m];
        double[] d = new double[m];
        double[] l1 = new double[m];
        double[] l2 = new double[m];
        for (int j = 0; j < m; j++) {
            b0[j] = r0[j] + lambda * m0[j];
            double b1 = r1[j] + lambda * m1[j];
            double b2 = lambda * m2[j];
            double dj = b0[j];
            double off = b1;
            if (j >= 1) {
                dj -= l1[j - 1] * l1[j - 1] * d[j - 1];
                off -= l2[j - 1] * d[j - 1] * l1[j - 1];
            }
            if (j >= 2) {
                dj -= l2[j - 2] * l2[j - 2] * d[j - 2];
            }
            if (!(dj > 0 && dj < Double.POSITIVE_INFINITY)) {
                return new Solution(lambda, new double[m + 2], Double.NaN, Double.POSITIVE_INFINITY);
            }
            d[j] = dj;
            l1[j] = off / dj;
            l2[j] = b2 / dj;
        }
        double[] gamma = qty.clone();
        substitute(d, l1, l2, gamma);
        return new Solution(lambda, secondDerivatives(gamma), traceTerm(d, l1, l2), condition(lambda, b0, d, l1, l2));
    }

    /** Overwrites v with {@code B⁻¹ v} from {@code B = L D Lᵀ}. */
    private void substitute(double[] d, double[] l1, double[] l2, double[] v) {
        for (int j = 1; j < m; j++) {
            v[j] -= l1[j - 1] * v[j - 1] + (j >= 2 ? l2[j - 2] * v[j - 2] : 0);
        }
        for (int j = m - 1; j >= 0; j--) {
            v[j] = v[j] / d[j] - (j + 1 < m ? l1[j] * v[j + 1] : 0) - (j + 2 < m ? l2[j] * v[j + 2] : 0);
        }
    }

    /**
     * The 1-norm condition number of the diagonally scaled {@code S B S}, {@code S = diag(B_jj)^(−1/2)} (the scaling
     * Cholesky's rounding does not see), with {@code ‖(SBS)⁻¹‖₁} estimated by Hager's method as refined by Higham
     * (<i>Accuracy and Stability of Numerical Algorithms</i>, 2002, Alg. 15.4): a few O(n) solves, a lower bound
     * that is in practice within a small factor of the true value.
     */
    private double condition(double lambda, double[] b0, double[] d, double[] l1, double[] l2) {
        double[] scale = new double[m];
        for (int j = 0; j < m; j++) {
            scale[j] = 1 / Math.sqrt(b0[j]);
        }
        double norm = 0;
        for (int j = 0; j < m; j++) {
            double column = 1;
            for (int k = Math.max(0, j - 2); k <= Math.min(m - 1, j + 2); k++) {
                if (k != j) {
                    column += Math.abs(entry(lambda, Math.min(j, k), Math.abs(j - k))) * scale[j] * scale[k];
                }
            }
            norm = Math.max(norm, column);
        }
        double[] x = new double[m];
        java.util.Arrays.fill(x, 1.0 / m);
        double estimate = 0;
        int last = -1;
        for (int step = 0; step < 5; step++) {
            double[] y = scaledSolve(scale, d, l1, l2, x);
            double sum = 0;
            double[] sign = new double[m];
            for (int j = 0; j < m; j++) {
                sum += Math.abs(y[j]);
                sign[j] = y[j] >= 0 ? 1 : -1;
            }
            if (step > 0 && sum <= estimate) {
                break;
            }
            estimate = sum;
            double[] z = scaledSolve(scale, d, l1, l2, sign);
            int best = 0;
            double zx = 0;
            for (int j = 0; j < m; j++) {
                zx += z[j] * x[j];
                if (Math.abs(z[j]) > Math.abs(z[best])) {
                    best = j;
                }
            }
            if (Math.abs(z[best]) <= zx || best == last) {
                break;
            }
            last = best;
            java.util.Arrays.fill(x, 0);
            x[best] = 1;
        }
        double[] alternating = new double[m];
        for (int j = 0; j < m; j++) {
            alternating[j] = (j % 2 == 0 ? 1 : -1) * (1 + (m > 1 ? (double) j / (m - 1) : 0));
        }
        double[] t = scaledSolve(scale, d, l1, l2, alternating);
        double sum = 0;
        for (double v : t) {
            sum += Math.abs(v);
        }
        estimate = Math.max(estimate, 2 * sum / (3.0 * m));
        return norm * estimate;
    }

    /** @return {@code (SBS)⁻¹ v = S⁻¹ B⁻¹ S⁻¹ v}, a new array */
    private double[] scaledSolve(double[] scale, double[] d, double[] l1, double[] l2, double[] v) {
        double[] u = new double[m];
        for (int j = 0; j < m; j++) {
            u[j] = v[j] / scale[j];
        }
        substitute(d, l1, l2, u);
        for (int j = 0; j < m; j++) {
            u[j] /= scale[j];
        }
        return u;
    }

    /** @return {@code B_{j, j + offset}} for offset 0, 1 or 2 */
    private double entry(double lambda, int j, int offset) {
        return switch (offset) {
            case 0 -> r0[j] + lambda * m0[j];
            case 1 -> r1[j] + lambda * m1[j];
            default -> lambda * m2[j];
        };
    }

    /** @return {@code tr(B⁻¹ M)} from the five central bands of {@code B⁻¹} */
    private double traceTerm(double[] d, double[] l1, double[] l2) {
        double s0Next = 0; // Σ_{j+1,j+1}
        double s1Next = 0; // Σ_{j+1,j+2}
        double s0Next2 = 0; // Σ_{j+2,j+2}
        double trace = 0;
        for (int j = m - 1; j >= 0; j--) {
            double s2 = -l1[j] * s1Next - l2[j] * s0Next2;
            double s1 = -l1[j] * s0Next - l2[j] * s1Next;
            double s0 = 1 / d[j] - l1[j] * s1 - l2[j] * s2;
            trace += s0 * m0[j] + 2 * (s1 * m1[j] + s2 * m2[j]);
            s0Next2 = s0Next;
            s0Next = s0;
            s1Next = s1;
        }
        return trace;
    }

    /** @return γ padded with the natural ends' zeros: the second derivative at every knot */
    private double[] secondDerivatives(double[] gamma) {
        double[] g2 = new double[m + 2];
        System.arraycopy(gamma, 0, g2, 1, m);
        return g2;
    }

    /**
     * One penalised fit on the unit scale.
     *
     * @param lambda the smoothing parameter on the unit scale
     * @param second the second derivatives at the knots (zero at both ends)
     * @param trace     {@code tr(B⁻¹ M)}, so that {@code n − tr S_λ = λ · trace}
     * @param condition the estimated 1-norm condition number of the diagonally scaled B (+∞ when the
     *                  factorisation broke down)
     */
    record Solution(double lambda, double[] second, double trace, double condition) {
        /**
         * The condition number past which a solve is not trusted. Reinsch's form is a normal-equation system, and its
         * rounding errors grow as {@code ε · κ(SBS)}: measured against a 40-digit dense solution and against the same
         * data mirrored (x → 1 − x, other roundings), the df and the values moved by about {@code 2e-16 κ} (uniform
         * and random x, N = 70 to 10⁴), so below this bound they hold to about 2e-8. κ grows with λ (roughly as
         * λ/λ₀ times a power of N) and with the square of range/spacing for x much closer together than the rest:
         * 1000 random x pass it only for df above about 800, 10⁴ uniform x for df above about 70, while the 23
         * points of SRS Table 2 stay far below it at every λ.
         */
        static final double MAX_CONDITION = 1e8;

        /** @return whether the solve is within double precision's reach ({@link #MAX_CONDITION}) */
        boolean resolved() {
            return condition <= MAX_CONDITION;
        }

        /** @return the residual at knot i over λ: {@code (W⁻¹ Q γ)_i}, the second divided difference of γ */
        double scaledResidual(Knots k, int i) {
            double[] h = k.h;
            double q = 0;
            if (i + 1 < second.length) {
                q += (second[i + 1] - second[i]) / h[i];
            }
            if (i > 0) {
                q -= (second[i] - second[i - 1]) / h[i - 1];
            }
            return q / k.w[i];
        }

        /** @return the fitted values at the knots, {@code g = ȳ − λ W⁻¹Qγ} */
        double[] values(Knots k) {
            double[] g = new double[k.size()];
            for (int i = 0; i < g.length; i++) {
                g[i] = k.ybar[i] - lambda * scaledResidual(k, i);
            }
            return g;
        }

        /** @return {@code tr S_λ = n − λ tr(B⁻¹M)}, in {@code [2, n]} */
        double df(Knots k) {
            return k.size() - lambda * trace;
        }

        /** @return the weighted RSS of the full data, {@code Σ w_i (ȳ_i − g_i)² + within} */
        double rss(Knots k) {
            double rss = k.within;
            for (int i = 0; i < k.size(); i++) {
                double e = lambda * scaledResidual(k, i);
                rss += k.w[i] * e * e;
            }
            return rss;
        }

        /**
         * @return {@code (RSS/Σw) / (1 − tr S_λ/N)²}. Without ties {@code N − tr S_λ = λ·trace} and each residual
         *         is λ times its scaled one, so λ cancels and the score is taken in that form: exact at λ = 0 (its
         *         limit) and free of the overflow of λ² or the underflow of the scaled residuals' squares.
         */
        double gcv(Knots k) {
            int n = k.size();
            double observations = k.observations;
            if (k.observations == n) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    double e = scaledResidual(k, i) / trace;
                    sum += k.w[i] * e * e;
                }
                return observations * observations / k.sumW * sum;
            }
            double gap = (observations - n + lambda * trace) / observations;
            return rss(k) / k.sumW / (gap * gap);
        }
    }
}
