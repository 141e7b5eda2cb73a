package org.splinelens.dynamics.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Assume;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.splinelens.dynamics.gradient.SweepShallowObjective;
import org.splinelens.dynamics.optim.GradientDescent;

/**
 * 'Shallow ReLU networks as splines' Lemma 2 (large α: breakpoints fixed, the net a kernel regression) joined to
 * Thm 6 (the limit is a minimum-norm interpolant), on shallow nets trained from {@code (α w_0, α b_0, v = 0)} by
 * full-batch gradient descent with the exact shallow gradient (output bias frozen: Lemma 2 omits it).
 *
 * <p>The rate, derived: write {@code w = α w̃}, {@code b = α b̃}, {@code u = α v} and time {@code τ = α² t} (the step
 * is {@code η/α²}, so every α takes the same steps). Then {@code du/dτ = −⟨e, (w̃x + b̃)_+⟩} is α-free while
 * {@code dw̃/dτ = −α⁻⁴ u ⟨e, x 1_i⟩} and {@code db̃/dτ = −α⁻⁴ u ⟨e, 1_i⟩}: the first layer moves at relative speed
 * {@code ε = α⁻⁴}. So the breakpoints' total movement and the trained function's distance to the frozen-feature limit
 * are both {@code Θ(α⁻⁴)} — sharper than the {@code O(1/α)} Lemma 2's proof quotes from lazy training in general.
 *
 * <p>The limit, derived (ERRATA E15): with the first layer frozen the net trains only v, from 0, on the features
 * {@code α|w_{0,i}| (s_i(x − β_i))_+}, so it converges to the minimum of {@code ‖v‖²} among interpolants — in spline
 * parameters the minimum of {@code Σ_i μ_i²/w_{0,i}²}, which is Thm 6's {@code ‖μ‖²} only when every
 * {@code |w_{0,i}|} is the same.
 */
class LazyLimitProperties {
    private static final double[] ALPHAS = {16, 32, 64};
    private static final double[] X = {-0.9, -0.55, -0.2, 0.15, 0.5, 0.85};

    /**
     * (a) The breakpoints move by {@code Θ(α⁻⁴)}: the fitted exponent between α = 16, 32, 64 is −4 ± 0.2. (b) The
     * trained function's distance to Lemma 2 + Thm 6's limit, the weighted minimum-norm interpolant
     * {@code argmin Σ μ²/w_0²}, falls at the same rate, while its distance to the unweighted {@code Φ⁺y} of Thm 6
     * stays at the distance between the two interpolants.
     */
    // edge cases (all weights equal, all targets 0) are the degenerate draws the assumptions reject
    // seeded: a rate fitted over long trainings at few tries: the seed fixes which (slow) cases the build pays for
    @Property(tries = 5, seed = "1207", edgeCases = EdgeCasesMode.NONE)
    void breakpointsMoveAndTheFitApproachesTheWeightedMinimumNormInterpolantLikeAlphaToTheMinusFour(
            @ForAll @Size(6) java.util.List<@DoubleRange(min = -1, max = 1) Double> targets,
            @ForAll @Size(10) java.util.List<@DoubleRange(min = 0.5, max = 2) Double> weights) {
        double[] y = targets.stream().mapToDouble(Double::doubleValue).toArray();
        double[] w0 = new double[weights.size()];
        for (int i = 0; i < w0.length; i++) {
            w0[i] = (i % 2 == 0 ? 1 : -1) * weights.get(i);
        }
        Lazy lazy = Lazy.of(w0, y);
        double weightedToPlain = supDistance(lazy.weighted, lazy.plain);
        // unequal |w_0| (jqwik's edge cases may draw them all equal) and targets that are not all near 0
        Assume.that(weightedToPlain > 0.05);
        double[] movement = new double[ALPHAS.length];
        double[] gap = new double[ALPHAS.length];
        double[] toPlain = new double[ALPHAS.length];
        for (int a = 0; a < ALPHAS.length; a++) {
            Trained run = lazy.train(ALPHAS[a]);
            movement[a] = run.movement;
            gap[a] = supDistance(run.function, lazy.weighted);
            toPlain[a] = supDistance(run.function, lazy.plain);
        }
        assertExponent(movement, -4);
        assertExponent(gap, -4);
        // at α = 64 the net is within 1% of the weighted interpolant's distance to Thm 6's, and that far from Thm 6's
        assertThat(gap[ALPHAS.length - 1]).isLessThan(0.01 * weightedToPlain);
        assertThat(toPlain[ALPHAS.length - 1]).isGreaterThan(0.99 * weightedToPlain);
    }

    /** Thm 6 as printed is the limit when every {@code |w_{0,i}|} is 1 (the flat initializer's {@code w = ±α}). */
    // seeded: a rate fitted over long trainings at few tries: the seed fixes which (slow) cases the build pays for
    @Property(tries = 3, seed = "1208", edgeCases = EdgeCasesMode.NONE)
    void withEqualInputWeightsTheLimitIsThm6sMinimumNormInterpolant(
            @ForAll @Size(6) java.util.List<@DoubleRange(min = -1, max = 1) Double> targets) {
        double[] y = targets.stream().mapToDouble(Double::doubleValue).toArray();
        Assume.that(Arrays.stream(y).map(Math::abs).max().orElse(0) > 0.2);
        double[] w0 = new double[10];
        for (int i = 0; i < w0.length; i++) {
            w0[i] = i % 2 == 0 ? 1 : -1;
        }
        Lazy lazy = Lazy.of(w0, y);
        assertThat(supDistance(lazy.weighted, lazy.plain)).isLessThan(1e-12);
        double[] gap = new double[ALPHAS.length];
        for (int a = 0; a < ALPHAS.length; a++) {
            gap[a] = supDistance(lazy.train(ALPHAS[a]).function, lazy.plain);
        }
        assertExponent(gap, -4);
    }

    /** Fitted log-log slopes between consecutive α, each within 0.2 of {@code expected}. */
    private static void assertExponent(double[] values, double expected) {
        for (int a = 0; a + 1 < values.length; a++) {
            double slope = Math.log(values[a + 1] / values[a]) / Math.log(ALPHAS[a + 1] / ALPHAS[a]);
            assertThat(slope).as("exponent between α = %s and %s of %s", ALPHAS[a], ALPHAS[a + 1],
                    Arrays.toString(values)).isBetween(expected - 0.2, expected + 0.2);
        }
    }

    private static double supDistance(double[] f, double[] g) {
        double d = 0;
        for (int k = 0; k < f.length; k++) {
            d = Math.max(d, Math.abs(f[k] - g[k]));
        }
        return d;
    }

    /** A trained run: its values on the grid and its breakpoints' largest displacement. */
    private record Trained(double[] function, double movement) {
    }

    /**
     * One problem: breakpoints alternating in orientation on a grid over [−1, 1], input-weight magnitudes
     * {@code |w_0|}, the data {@link #X}, and the two candidate limits on a grid of [−1.5, 1.5].
     */
    private record Lazy(double[] w0, double[] beta, int[] s, double[] y, double[] grid, double[] weighted,
            double[] plain, double stepTau, int steps) {

        static Lazy of(double[] w0, double[] y) {
            int h = w0.length;
            double[] beta = new double[h];
            int[] s = new int[h];
            for (int i = 0; i < h; i++) {
                beta[i] = -1 + 2.0 * (i + 0.5) / h;
                s[i] = w0[i] > 0 ? 1 : -1;
            }
            double[] grid = new double[121];
            for (int k = 0; k < grid.length; k++) {
                grid[k] = -1.5 + 3.0 * k / (grid.length - 1);
            }
            DMatrixRMaj phi = KernelRegime.features(beta, s, X);
            DMatrixRMaj scaled = phi.copy();
            for (int n = 0; n < X.length; n++) {
                for (int i = 0; i < h; i++) {
                    scaled.set(n, i, phi.get(n, i) * Math.abs(w0[i]));
                }
            }
            double[] coefficients = KernelRegime.minimumNormDeltaSlopes(scaled, y);
            for (int i = 0; i < h; i++) {
                coefficients[i] *= Math.abs(w0[i]);
            }
            DMatrixRMaj onGrid = KernelRegime.features(beta, s, grid);
            double[] weighted = times(onGrid, coefficients);
            double[] plain = times(onGrid, KernelRegime.minimumNormDeltaSlopes(phi, y));
            // the τ-time kernel is K = Φ̃Φ̃ᵀ with Φ̃ = Φ diag|w_0|: step 1/λ_max, 25 λ_max/λ_min steps leave e^{-25} of
            // the residual, far below the α⁻⁴ gaps measured (1e-5 at α = 64)
            DMatrixRMaj kernel = new DMatrixRMaj(X.length, X.length);
            CommonOps_DDRM.multTransB(scaled, scaled, kernel);
            double[] lambda = SingularOps_DDRM.singularValues(kernel);
            Arrays.sort(lambda);
            double condition = lambda[lambda.length - 1] / lambda[0];
            Assume.that(condition < 2e4);
            return new Lazy(w0, beta, s, y, grid, weighted, plain, 1 / lambda[lambda.length - 1],
                    (int) Math.ceil(25 * condition));
        }

        Trained train(double alpha) {
            int h = w0.length;
            double[] theta = new double[3 * h + 1];
            for (int i = 0; i < h; i++) {
                theta[i] = alpha * w0[i];
                theta[h + i] = -alpha * w0[i] * beta[i];
            }
            SweepShallowObjective objective = new SweepShallowObjective(h, X, y);
            GradientDescent descent = new GradientDescent(stepTau / (alpha * alpha));
            double[] gradient = new double[theta.length];
            for (int t = 0; t < steps; t++) {
                objective.lossAndGradient(theta, gradient);
                gradient[3 * h] = 0; // the output bias stays at 0, as in Lemma 2
                descent.step(theta, gradient);
            }
            double movement = 0;
            for (int i = 0; i < h; i++) {
                movement = Math.max(movement, Math.abs(-theta[h + i] / theta[i] - beta[i]));
            }
            org.splinelens.core.network.UnivariateNetwork net = objective.network(theta);
            double[] values = new double[grid.length];
            for (int k = 0; k < grid.length; k++) {
                values[k] = net.value(grid[k]);
            }
            return new Trained(values, movement);
        }

        private static double[] times(DMatrixRMaj features, double[] coefficients) {
            DMatrixRMaj out = new DMatrixRMaj(features.numRows, 1);
            CommonOps_DDRM.mult(features, DMatrixRMaj.wrap(coefficients.length, 1, coefficients), out);
            return out.data;
        }
    }
}
