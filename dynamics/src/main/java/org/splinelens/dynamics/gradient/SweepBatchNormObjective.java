package org.splinelens.dynamics.gradient;

import java.util.Arrays;
import org.splinelens.core.network.ShallowBatchNorm;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.core.spline.SortOrder;

/**
 * The exact loss and gradient of a batch-normalised shallow net ({@link ShallowBatchNorm}) in training mode, by the
 * sweep: O(B log B + H log B) per call for a batch of B points, where {@link BatchNormShallowObjective} takes
 * O(B·H). Same semantics: the batch statistics are those of this objective's inputs, recomputed at every call from
 * the caller's arrays, which a trainer may refill with each minibatch.
 *
 * <p><b>Reparametrisation.</b> The batch mean {@code m = Σ x_n / B} and biased variance
 * {@code s² = Σ (x_n − m)² / B} depend on the batch only. Unit i's pre-activation {@code z_i = w_i x + b_i} has batch
 * mean {@code w_i m + b_i} and variance {@code w_i² s²}, so its normalised value is affine in the centred input
 * {@code u = x − m}:
 * <pre>
 *   ẑ_i = γ_i (z_i − w_i m − b_i) / r_i + δ_i = k_i u + δ_i,   k_i = γ_i w_i / r_i,   r_i = sqrt(w_i² s² + ε),
 * </pre>
 * and {@code f = b0 + Σ_i v_i relu(k_i u + δ_i)} is the plain shallow net {@code (k, δ, v, b0)} of u. Its loss and,
 * with {@code e_n = f(x_n) − y_n} and {@code A_i = {n : ẑ_i(u_n) > 0}}, the active-side sums
 * {@code E_i = Σ_{A_i} e_n} and {@code U_i = Σ_{A_i} e_n u_n} come from the {@link SortedSweep} over the batch sorted
 * by u.
 *
 * <p><b>Gradient.</b> The chain rule through the normaliser, with m and s² constant in θ:
 * <pre>
 *   ∂ℓ/∂k_i = v_i U_i,  ∂ℓ/∂δ_i = v_i E_i,  ∂ℓ/∂v_i = k_i U_i + δ_i E_i,  ∂ℓ/∂b0 = Σ_n e_n,
 *   ∂k_i/∂w_i = γ_i / r_i − γ_i w_i · w_i s² / r_i³ = γ_i ε / r_i³,   ∂k_i/∂γ_i = w_i / r_i,
 *   ∂ℓ/∂w_i = v_i U_i γ_i ε / r_i³,   ∂ℓ/∂γ_i = v_i U_i w_i / r_i,   ∂ℓ/∂b_i = 0.
 * </pre>
 * This is the full training-mode gradient, the paths through the batch mean and variance of {@code z_i} included:
 * they are why {@code ∂k_i/∂w_i} is {@code γ_i ε / r_i³} rather than {@code γ_i / r_i}, and why the bias, which
 * cancels in {@code z_i − mean z_i}, has gradient exactly 0 (as the dense path writes it).
 *
 * <p><b>Exactness.</b> m, the centred inputs {@code u_n = fl(x_n − m)} and s² are computed by the dense path's own
 * code, and {@code r_i}, {@code k_i} by {@link ShallowBatchNorm}'s per-unit formulas, which the dense path uses too,
 * so they agree bit for bit; the activity predicate is the dense one, {@code fl(fl(k_i u_n) + δ_i) > 0}
 * (relu'(0) = 0), on the same {@code u_n}, and monotone in {@code u_n}; and {@link SortedSweep} decides every switch
 * on that predicate or proves it; so every active set is the dense path's, a point exactly at a unit's switch
 * included. The results differ only in the order of summation of ℓ, {@code E_i} and {@code U_i} (compensated here),
 * within 1e-10 of the magnitude of the summed terms ({@code SweepBatchNormProperties}).
 *
 * <p><b>Cost.</b> O(B) for the statistics; O(B log B) for a primitive merge sort of the batch by u, skipped in O(B)
 * when the previous call's order still sorts it (the full data, between epochs); O(H log B) at worst, O(H) plus a
 * table of about H cells in practice, to place every unit's switch; O(B + H) for the sweep and the chain rule.
 * Allocation-free per call; not thread-safe.
 */
public final class SweepBatchNormObjective implements Objective {
    private final int width;
    private final double[] x;
    private final double[] y;
    /** {@code u_n = x_n − m} in the caller's order. */
    private final double[] centredX;
    /** The permutation sorting {@link #centredX}, kept from the previous call. */
    private final int[] order;
    private final int[] orderBuffer;
    private final SortedSweep sweep;
    // per unit, in arrays of their own so that the JIT vectorises the square roots and divisions: w, γ, δ, v, r, k
    private final double[] weights;
    private final double[] scales;
    private final double[] shifts;
    private final double[] outputs;
    private final double[] roots;
    private final double[] slopes;
    // ∂ℓ/∂k, ∂ℓ/∂δ, ∂ℓ/∂v, ∂ℓ/∂γ
    private final double[] slopeGradient;
    private final double[] shiftGradient;
    private final double[] outputGradient;
    private final double[] scaleGradient;

    /** @param x inputs and {@code y} targets, read (not copied) at every call */
    public SweepBatchNormObjective(int width, double[] x, double[] y) {
        DenseShallowObjective.checkShape(width, x, y);
        this.width = width;
        this.x = x;
        this.y = y;
        centredX = new double[x.length];
        order = new int[x.length];
        for (int n = 0; n < order.length; n++) {
            order[n] = n;
        }
        orderBuffer = new int[x.length];
        sweep = new SortedSweep(width, x.length);
        weights = new double[width];
        scales = new double[width];
        shifts = new double[width];
        outputs = new double[width];
        roots = new double[width];
        slopes = new double[width];
        slopeGradient = new double[width];
        shiftGradient = new double[width];
        outputGradient = new double[width];
        scaleGradient = new double[width];
    }

    @Override
    public int parameterCount() {
        return ShallowBatchNorm.parameterCount(width);
    }

    @Override
    public int size() {
        return x.length;
    }

    @Override
    public double loss(double[] theta) {
        normalise(theta, load());
        return sweep.forward(slopes, shifts, outputs, theta[3 * width], false);
    }

    @Override
    public double lossAndGradient(double[] theta, double[] gradient) {
        if (gradient.length != theta.length) {
            throw new IllegalArgumentException("gradient length " + gradient.length + " != parameter count "
                    + theta.length);
        }
        normalise(theta, load());
        final int h = width;
        double loss = sweep.forward(slopes, shifts, outputs, theta[3 * h], true);
        double outputBias = sweep.gradient(slopes, shifts, outputs, slopeGradient, shiftGradient, outputGradient);
        // the chain rule through k (ShallowBatchNorm.chain, unit by unit)
        for (int i = 0; i < h; i++) {
            gradient[i] = ShallowBatchNorm.weightGradient(slopeGradient[i], scales[i], roots[i]);
        }
        // into an array of its own and then copied: a loop storing at the odd offset of γ is not vectorised
        for (int i = 0; i < h; i++) {
            scaleGradient[i] = ShallowBatchNorm.scaleGradient(slopeGradient[i], weights[i], roots[i]);
        }
        System.arraycopy(scaleGradient, 0, gradient, ShallowBatchNorm.gammaOffset(h), h);
        Arrays.fill(gradient, h, 2 * h, 0.0);
        System.arraycopy(outputGradient, 0, gradient, 2 * h, h);
        gradient[3 * h] = outputBias;
        System.arraycopy(shiftGradient, 0, gradient, ShallowBatchNorm.shiftOffset(h), h);
        return loss;
    }

    @Override
    public UnivariateNetwork network(double[] theta) {
        double mean = BatchNormShallowObjective.mean(x);
        return ShallowBatchNorm.fold(width, theta, mean, BatchNormShallowObjective.centre(x, mean, centredX));
    }

    /** Centres the batch, loads it into the sweep sorted by u and returns its variance s². */
    private double load() {
        int size = x.length;
        double variance = BatchNormShallowObjective.centre(x, BatchNormShallowObjective.mean(x), centredX);
        // a batch the previous order still sorts is most likely the same points (the full data between epochs)
        boolean samePoints = sorted();
        if (!samePoints) {
            SortOrder.ascending(centredX, size, order, orderBuffer);
        }
        for (int n = 0; n < size; n++) {
            int at = order[n];
            sweep.put(n, centredX[at], y[at]);
        }
        sweep.loaded(samePoints);
        return variance;
    }

    /** @return whether {@link #order} still sorts the centred inputs */
    private boolean sorted() {
        for (int n = 1; n < order.length; n++) {
            if (Double.compare(centredX[order[n - 1]], centredX[order[n]]) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Splits θ into the per-unit arrays and computes {@code r_i} and {@code k_i} for variance s². */
    private void normalise(double[] theta, double variance) {
        final int h = width;
        if (theta.length != ShallowBatchNorm.parameterCount(h)) {
            throw new IllegalArgumentException("expected " + ShallowBatchNorm.parameterCount(h)
                    + " batch-norm parameters for width " + h + ", got " + theta.length);
        }
        System.arraycopy(theta, 0, weights, 0, h);
        System.arraycopy(theta, 2 * h, outputs, 0, h);
        System.arraycopy(theta, ShallowBatchNorm.gammaOffset(h), scales, 0, h);
        System.arraycopy(theta, ShallowBatchNorm.shiftOffset(h), shifts, 0, h);
        for (int i = 0; i < h; i++) {
            double r = ShallowBatchNorm.root(weights[i], variance);
            roots[i] = r;
            slopes[i] = ShallowBatchNorm.slope(scales[i], weights[i], r);
        }
    }
}
