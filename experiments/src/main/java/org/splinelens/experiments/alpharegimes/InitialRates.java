package org.splinelens.experiments.alpharegimes;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.gradient.Normalization;
import org.splinelens.dynamics.gradient.Objective;
import org.splinelens.dynamics.gradient.ObjectiveRequest;
import org.splinelens.dynamics.gradient.Objectives;
import org.splinelens.dynamics.optim.Optimizer;
import org.splinelens.experiments.runner.Summary;

/**
 * The initial speeds of the breakpoints {@code β_i = −b_i/w_i} and delta-slopes {@code μ_i = w_i v_i} of a start
 * (SRS §2.4, "the initial learning rate for β_i scales as 1/α², while that of μ_i scales approximately as α²"),
 * measured, not taken from the laws: each is the median over the units of the parameter's |change| (a median, since
 * He's breakpoint speeds {@code ∝ 1/w_i} are heavy-tailed; every unit's speed scales alike, so any quantile does).
 * <ul>
 *   <li>Gradient flow {@code θ̇ = −∇ℓ}: the central difference {@code (β(θ − h∇ℓ) − β(θ + h∇ℓ)) / 2h} along the
 *       exact gradient of {@code ℓ = ½Σe²}, with h a 1e-6 relative change of θ. The corrected laws (docs/ERRATA.md,
 *       E4) under {@code (w, b, v) → (αw, αb, v/α)} give {@code β̇_i(α) = α⁻² β̇_i(1)} exactly and
 *       {@code μ̇_i(α) = −α²(w_i² X_i + w_i b_i E_i) − α⁻² v_i² X_i}: exponent −2 for β, and 2 for μ where
 *       {@code α⁴ ≫ v²/w²} (He: {@code v²/w² ~ 1/H}, so α ≥ 1 at H = 1000). A flat start ({@code v = 0}) has
 *       {@code β̇ = 0} at every α: no exponent.</li>
 *   <li>Adam, the optimizer of Table 2: the change in its first step at the run's learning rate, divided by lr.
 *       Adam's first step is {@code Δθ_k = −lr g_k / (|g_k| + ε)}: every parameter with a non-zero gradient moves
 *       by lr whatever the gradient's size, so {@code Δβ ≈ (−Δb + β Δw)/w ∝ α⁻¹} and
 *       {@code Δμ = w Δv + v Δw + Δw Δv ∝ α} (α ≥ 1): exponents −1 and 1, not ∓2. A flat start's w and b have zero
 *       gradient ({@code ∝ v = 0}) and do not move in step 1: {@code Δβ = 0}, no exponent.</li>
 * </ul>
 *
 * @param flowBreakpoint median {@code |β̇_i|} under gradient flow
 * @param flowDeltaSlope median {@code |μ̇_i|} under gradient flow
 * @param adamBreakpoint median {@code |Δβ_i|} / lr in Adam's first step
 * @param adamDeltaSlope median {@code |Δμ_i|} / lr in Adam's first step
 */
public record InitialRates(double flowBreakpoint, double flowDeltaSlope, double adamBreakpoint,
        double adamDeltaSlope) {

    /** The predicted exponents of the four rates in α (see the class comment). */
    public static final double FLOW_BREAKPOINT = -2;
    public static final double FLOW_DELTA_SLOPE = 2;
    public static final double ADAM_BREAKPOINT = -1;
    public static final double ADAM_DELTA_SLOPE = 1;

    /**
     * @param adam a fresh Adam optimizer for {@code start}'s parameters, at the run's learning rate {@code lr}
     * @return the rates of {@code start} on {@code data}
     */
    public static InitialRates of(ShallowNetwork start, Dataset data, Optimizer adam, double lr) {
        Objective objective = Objectives.of(new ObjectiveRequest(start, data, GradientMethod.DENSE, Normalization.NONE,
                0)).full();
        double[] theta = start.parameters();
        double[] gradient = new double[theta.length];
        objective.lossAndGradient(theta, gradient);
        double scale = 0;
        double steepest = 0;
        for (int k = 0; k < theta.length; k++) {
            scale = Math.max(scale, Math.abs(theta[k]));
            steepest = Math.max(steepest, Math.abs(gradient[k]));
        }
        int h = start.width();
        double[] flow = {0, 0};
        if (steepest > 0) {
            double step = 1e-6 * Math.max(scale, 1) / steepest;
            double[] back = theta.clone();
            double[] ahead = theta.clone();
            for (int k = 0; k < theta.length; k++) {
                back[k] -= step * gradient[k];
                ahead[k] += step * gradient[k];
            }
            flow = medians(h, ahead, back, 2 * step);
        }
        double[] stepped = theta.clone();
        objective.lossAndGradient(stepped, gradient);
        adam.step(stepped, gradient);
        double[] adamRates = medians(h, theta, stepped, lr);
        return new InitialRates(flow[0], flow[1], adamRates[0], adamRates[1]);
    }

    /**
     * @return the medians over units of {@code |β(to) − β(from)| / by} and of {@code |μ(to) − μ(from)| / by}, in the
     *         flat layout {@code w[0..H), b[0..H), v[0..H), b0}; units with {@code w = 0} at either end are left out
     *         of β's
     */
    static double[] medians(int h, double[] from, double[] to, double by) {
        double[] breakpoints = new double[h];
        int counted = 0;
        double[] deltaSlopes = new double[h];
        for (int i = 0; i < h; i++) {
            if (from[i] != 0 && to[i] != 0) {
                breakpoints[counted++] = Math.abs(-to[h + i] / to[i] + from[h + i] / from[i]) / by;
            }
            deltaSlopes[i] = Math.abs(to[i] * to[2 * h + i] - from[i] * from[2 * h + i]) / by;
        }
        return new double[] {median(java.util.Arrays.copyOf(breakpoints, counted)), median(deltaSlopes)};
    }

    /** @return the median of {@code values} (sorted in place), NaN for none */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        java.util.Arrays.sort(values);
        int m = values.length / 2;
        return values.length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
    }

    /**
     * @return the least-squares slope of {@code log rate} against {@code log α} over the α with a positive finite rate,
     *         NaN when fewer than two remain
     */
    public static double exponent(List<Double> alphas, List<Double> rates) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int k = 0; k < alphas.size(); k++) {
            if (rates.get(k) > 0 && Double.isFinite(rates.get(k))) {
                sx += Math.log(alphas.get(k));
                sy += Math.log(rates.get(k));
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        for (int k = 0; k < alphas.size(); k++) {
            if (rates.get(k) > 0 && Double.isFinite(rates.get(k))) {
                double dx = Math.log(alphas.get(k)) - mx;
                sxx += dx * dx;
                sxy += dx * (Math.log(rates.get(k)) - my);
            }
        }
        return sxx > 0 ? sxy / sxx : Double.NaN;
    }

    /**
     * @param perTrial the trials' exponents (mean ± sd over {@code count} trials)
     * @return the 95% confidence interval of their mean, {@code mean ± t_{0.975, n−1} sd/√n}; NaNs for fewer than two
     */
    public static double[] interval(Summary.Stat perTrial) {
        if (perTrial.count() < 2 || !Double.isFinite(perTrial.mean())) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double t = new TDistribution(null, perTrial.count() - 1).inverseCumulativeProbability(0.975);
        double half = t * perTrial.sd() / Math.sqrt(perTrial.count());
        return new double[] {perTrial.mean() - half, perTrial.mean() + half};
    }
}
