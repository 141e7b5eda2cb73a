package org.splinelens.dynamics.gradient;

import java.util.Arrays;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * The exact full-batch loss and gradient of a deep univariate ReLU net aggregated over its linear regions: the
 * spline lens as an algorithm (docs/REGION_GRADIENT.md).
 *
 * <p>Between consecutive knots of the CPWL function every unit's activation pattern is fixed, so each hidden
 * activation is affine in x, {@code h_k(x) = h_k(x_r) + p_k (x − x_r)}, the output is
 * {@code f(x) = f_r + a_r (x − x_r)} and the backpropagated sensitivity {@code δ_j = ∂f/∂z_j} does not depend on x.
 * Hence
 * <pre>
 *   Σ_{n ∈ r} e_n ∂f(x_n)/∂W_ℓ[j][k] = δ_j (h_k(x_r) S0_r + p_k S1_r),   Σ_{n ∈ r} e_n ∂f(x_n)/∂c_ℓ[j] = δ_j S0_r,
 *   S0_r = Σ_{n ∈ r} e_n,   S1_r = Σ_{n ∈ r} e_n (x_n − x_r):
 * </pre>
 * one forward pass with tangents and one backward pass per region, and O(1) per data point. Per step
 * O(K · Σ H_ℓ H_{ℓ−1} + N) for K regions met by the data, instead of O(N · Σ H_ℓ H_{ℓ−1}).
 *
 * <p>The data are sorted once. A region starts at a data point x_r (its anchor) with a forward pass computed exactly
 * as the dense path computes it, so the anchor's pattern (relu'(0) = 0 included) is the dense one. On the region each
 * hidden pre-activation is {@code z_j(x) = z_j(x_r) + dz_j (x − x_r)}; it keeps its sign with a margin
 * {@code m_j = 1e-11 · S_j}, where {@code S_j = |c_j| + Σ_k |W_jk| S_k} ({@code S_0 = max |x|}, inactive units 0)
 * bounds the magnitude of the terms summed into z_j anywhere in the data range while the anchor's pattern holds, for
 * {@code x − x_r < q_j}, with
 * <pre>
 *   q_j = 0 if |z_j| ≤ m_j,   q_j = (|z_j| − m_j) / |dz_j| if z_j moves toward zero,   q_j = ∞ otherwise
 * </pre>
 * ({@code q_j = ∞} for an inactive unit with {@code S_j = 0}: its z is exactly 0). The region takes the following
 * points x with {@code x = x_r} or {@code x < x_r + min_j q_j}: along the sorted data a prefix, found by galloping
 * from the anchor and bisection. Inside the margin the rounding of the dense path cannot flip a unit, so every point
 * the region takes has the anchor's pattern; a point within the margin of a knot (exactly on one, say) starts a
 * region of its own, which reproduces the dense convention there. The regions are those of testing every point
 * against every unit ({@code x_r + min_j q_j = min_j (x_r + q_j)} exactly, rounding being monotone). The loss and
 * gradient equal the dense ones up to rounding. RegionPasses reuses work between consecutive regions.
 *
 * <p>Allocation-free per call; not thread-safe. Full batch only: the data are copied and sorted at construction.
 */
public final class RegionDeepObjective implements Objective {
    private final DeepArchitecture architecture;
    private final double[] x;
    private final double[] y;
    private final RegionPasses passes;
    /** ends[r]: one past the last sorted data index of region r in the last evaluation. */
    private final int[] ends;
    private int regions;

    public RegionDeepObjective(DeepArchitecture architecture, double[] x, double[] y) {
        this.architecture = architecture;
        Dataset sorted = new Dataset(x.clone(), y.clone()).sortedByX();
        this.x = sorted.x();
        this.y = sorted.y();
        double reach = 0;
        for (double v : this.x) {
            reach = Math.max(reach, Math.abs(v));
        }
        passes = new RegionPasses(architecture, reach);
        ends = new int[this.x.length];
    }

    @Override
    public int parameterCount() {
        return architecture.parameterCount();
    }

    @Override
    public int size() {
        return x.length;
    }

    /** @return the number of regions (forward and backward passes) of the last evaluation */
    public int regions() {
        return regions;
    }

    /**
     * @return one past the index, in the data sorted by x (stably), of the last point of region {@code region} of the
     *         last evaluation; region r holds the sorted points from {@code regionEnd(r − 1)} (0 for r = 0)
     */
    int regionEnd(int region) {
        if (region < 0 || region >= regions) {
            throw new IndexOutOfBoundsException("region " + region + " not in 0.." + (regions - 1));
        }
        return ends[region];
    }

    @Override
    public double loss(double[] theta) {
        return evaluate(theta, null);
    }

    @Override
    public double lossAndGradient(double[] theta, double[] gradient) {
        if (gradient.length != theta.length) {
            throw new IllegalArgumentException("gradient length " + gradient.length + " != parameter count "
                    + theta.length);
        }
        Arrays.fill(gradient, 0.0);
        return evaluate(theta, gradient);
    }

    @Override
    public UnivariateNetwork network(double[] theta) {
        return DeepNetwork.of(architecture, theta);
    }

    private double evaluate(double[] theta, double[] gradient) {
        if (theta.length != architecture.parameterCount()) {
            throw new IllegalArgumentException("expected " + architecture.parameterCount() + " parameters, got "
                    + theta.length);
        }
        passes.begin(theta);
        double loss = 0;
        int count = 0;
        int n = 0;
        while (n < x.length) {
            double anchor = x[n];
            int last = regionEnd(n, anchor, passes.forward(theta, anchor));
            double f0 = passes.output();
            double a = passes.outputSlope();
            double s0 = 0;
            double s1 = 0;
            for (; n < last; n++) {
                double u = x[n] - anchor;
                double e = f0 + a * u - y[n];
                loss += e * e;
                s0 += e;
                s1 += e * u;
            }
            if (gradient != null) {
                passes.backward(theta, s0, s1, gradient);
            }
            ends[count] = last;
            count++;
        }
        if (gradient != null) {
            passes.finish(gradient);
        }
        regions = count;
        return 0.5 * loss;
    }

    /**
     * The region anchored at {@code x[first]} takes the following points x with {@code x == anchor || x < end}; as the
     * data are sorted, they are a prefix, found by galloping from the anchor (regions are short) and bisection.
     *
     * @return one past the index of the region's last point
     */
    private int regionEnd(int first, double anchor, double end) {
        int taken = first + 1; // every index below is taken
        int probe = taken;
        int step = 1;
        while (probe < x.length && (x[probe] == anchor || x[probe] < end)) {
            taken = probe + 1;
            probe = x.length - taken > step ? taken + step : x.length;
            step = Math.min(2 * step, 1 << 29);
        }
        while (taken < probe) { // x[probe] is refused or probe is the end of the data
            int middle = (taken + probe) >>> 1;
            if (x[middle] == anchor || x[middle] < end) {
                taken = middle + 1;
            } else {
                probe = middle;
            }
        }
        return taken;
    }
}
