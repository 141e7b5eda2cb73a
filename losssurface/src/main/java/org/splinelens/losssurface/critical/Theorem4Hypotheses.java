package org.splinelens.losssurface.critical;

import java.util.ArrayList;
import java.util.List;
import org.splinelens.core.network.ShallowNetwork;

/**
 * Thm 4's hypotheses at θ as its proof (Sec 5.6) needs them, not only as printed. With {@code e = f − y} and
 * {@code A_i = {n : w_i x_n + b_i > 0}} the gradient is
 * <pre>
 *   ∂ℓ/∂b0 = Σ_n e_n,   ∂ℓ/∂w_i = v_i Σ_{A_i} e_n x_n,   ∂ℓ/∂b_i = v_i Σ_{A_i} e_n,
 *   ∂ℓ/∂v_i = Σ_{A_i} e_n (w_i x_n + b_i) = w_i (Σ_{A_i} e_n x_n − β_i Σ_{A_i} e_n).
 * </pre>
 * The proof divides the middle two by {@code v_i} to get, for every unit, {@code Σ_{A_i} e = Σ_{A_i} e x = 0}, then
 * takes differences of the rows {@code 1_{A_i}} of consecutive units to reach each piece's OLS conditions
 * {@code Σ_p e = Σ_p e x = 0}; it sets aside only units with {@code v_i = w_i = b_i = 0}. Three things it uses are not
 * in the statement:
 * <ol>
 *   <li>{@link Theorem4Hypothesis#ACTIVE_ON_ALL}: the all-ones row needs {@code Σ_n e_n x_n = 0} over the data, which a
 *       unit active on all data gives only if {@code v_i ≠ 0} (from {@code ∂ℓ/∂w_i}) or {@code w_i ≠ 0} (from
 *       {@code ∂ℓ/∂v_i = w_i Σ e x + b_i Σ e} and {@code Σ e = 0}); a constant unit {@code w_i = v_i = 0},
 *       {@code b_i > 0} satisfies the printed hypothesis (ii) and forces nothing;</li>
 *   <li>{@link Theorem4Hypothesis#NONZERO_OUTPUT_INSIDE}: a unit with {@code v_i = 0} gives one equation,
 *       {@code ∂ℓ/∂v_i = 0}, instead of two, yet its breakpoint still cuts the partition; if it lies inside the data
 *       ({@code min x < β_i <= max x}, so points fall on both sides) the pieces on either side need not be OLS fits
 *       at a critical point;</li>
 *   <li>{@link Theorem4Hypothesis#BREAKPOINT_OFF_DATA}: the rows must be the partition's pieces' sides. A
 *       right-facing unit ({@code w_i > 0}, {@code v_i ≠ 0}) with {@code β_i} on a data point {@code x_m} is inactive
 *       at {@code x_m}, so its row {@code [x > β_i]} groups {@code x_m} with the points on its left, while the
 *       partition ({@code [β_p, β_{p+1})}, the proof's {@code 1_p}) puts it in the piece on its right; a left-facing
 *       unit's row {@code [x < β_i]} matches the partition. Harmless when the breakpoint has no data on its left.
 *       The loss is not differentiable in {@code (w_i, b_i)} there; with relu'(0) = 0 its computed gradient can
 *       vanish (0 lies between the one-sided derivatives) while the pieces are not OLS fits. Thm 3's "with measure
 *       1" and Thm 5's {@code β_i ≠ x_n} exclude this; Thm 4 does not.</li>
 * </ol>
 * Corrected Thm 4: when all three hold, θ is critical iff every piece of the partition by all breakpoints is an OLS
 * fit of its data (the "if" direction needs only the third). Then every piece is a union of the sets on which the
 * gradient forces {@code Σ e = Σ e x = 0}.
 *
 * @param printed  the printed hypotheses hold: some unit is active on all data (which implies the other, every point
 *                 active in some unit)
 * @param failures the corrected hypotheses that fail, one entry per unit that breaks one (the first hypothesis has
 *                 no unit), in the order above, units ascending
 */
public record Theorem4Hypotheses(boolean printed, List<Theorem4Failure> failures) {

    public Theorem4Hypotheses {
        failures = List.copyOf(failures);
    }

    /** @return true when every hypothesis the proof needs holds */
    public boolean hold() {
        return failures.isEmpty();
    }

    /**
     * The hypotheses at θ on the data behind {@code sets}, in O(H log N). The third is tested as the partition and
     * the activation compute it, so a breakpoint that rounding puts on the other side of a data point than the unit's
     * own test {@code w_i x + b_i > 0} is caught too: the unit's rows split the sorted data where its activation
     * changes, the partition where {@code x >= −b_i/w_i} begins, and the two must agree.
     */
    static Theorem4Hypotheses of(ShallowNetwork network, ActivationSets sets) {
        int h = network.width();
        List<Theorem4Failure> failures = new ArrayList<>();
        boolean supplied = false;
        for (int i = 0; i < h; i++) {
            supplied |= sets.key(i) == ActivationSets.ALL && (network.v(i) != 0 || network.w(i) != 0);
        }
        if (!supplied) {
            failures.add(new Theorem4Failure(Theorem4Hypothesis.ACTIVE_ON_ALL, -1, Double.NaN));
        }
        List<Theorem4Failure> offData = new ArrayList<>();
        int n = sets.points();
        for (int i = 0; i < h; i++) {
            double w = network.w(i);
            if (w == 0) {
                continue; // no breakpoint: the unit cuts no piece
            }
            double beta = -network.b(i) / w;
            // the partition puts the points below β in the pieces on its left, the rest on its right
            int left = sets.countBelow(beta);
            if (left == 0 || left == n) {
                continue; // the breakpoint cuts no piece holding data
            }
            if (network.v(i) == 0) {
                failures.add(new Theorem4Failure(Theorem4Hypothesis.NONZERO_OUTPUT_INSIDE, i, beta));
                continue;
            }
            // the unit's rows split the sorted data after its inactive points (w > 0) or its active ones (w < 0)
            int active = sets.size(sets.key(i));
            if ((w > 0 ? n - active : active) != left) {
                offData.add(new Theorem4Failure(Theorem4Hypothesis.BREAKPOINT_OFF_DATA, i, beta));
            }
        }
        failures.addAll(offData);
        return new Theorem4Hypotheses(sets.hypotheses(), failures);
    }
}
