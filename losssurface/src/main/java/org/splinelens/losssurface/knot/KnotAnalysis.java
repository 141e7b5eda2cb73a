package org.splinelens.losssurface.knot;

import java.util.Arrays;
import org.splinelens.core.network.ShallowNetwork;

/**
 * The loss along one breakpoint (Thm 3): unit i's delta-slope {@code μ_i = w_i v_i} and orientation
 * {@code s_i = sgn w_i} stay fixed, every other unit too, and {@code β_i} moves. The unit adds {@code μ_i (x − β_i)}
 * on its active side {@code s_i (x − β_i) > 0}, so with {@code r_m = f_{−i}(x_m) − y_m} the residuals without it and
 * A the data on its active side (fixed while β_i stays between two consecutive data values),
 * <pre>
 *   ℓ(β_i) = ½ Σ_{m ∉ A} r_m² + ½ Σ_{m ∈ A} (r_m + μ_i x_m − μ_i β_i)²,
 * </pre>
 * a quadratic with curvature {@code μ_i² |A|} and minimiser {@code mean_A(r_m/μ_i + x_m)}; across a data value A
 * gains or loses that point, so ℓ is a continuous piecewise quadratic with knots at the data.
 *
 * @param unit        i
 * @param knot        the data value {@code x_n} (distinct sorted values are the knots)
 * @param left        ℓ on the piece left of the knot
 * @param right       ℓ on the piece right of it
 * @param type        from the two minimisers, {@link KnotType#of}
 */
public record KnotAnalysis(int unit, double knot, Quadratic left, Quadratic right, KnotType type) {

    /** @return the minimiser of the left piece, {@code m_1} */
    public double leftMinimiser() {
        return left.minimiser();
    }

    /** @return the minimiser of the right piece, {@code m_2} */
    public double rightMinimiser() {
        return right.minimiser();
    }

    /**
     * @return the analysis of every distinct data value as a knot for unit {@code unit}, in increasing order
     * @throws IllegalArgumentException if the unit has {@code w = 0} (no breakpoint) or the data are inconsistent
     */
    public static KnotAnalysis[] all(ShallowNetwork network, int unit, double[] x, double[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("knots need equally many x and y values, at least one");
        }
        if (unit < 0 || unit >= network.width()) {
            throw new IllegalArgumentException("unit " + unit + " out of range 0.." + (network.width() - 1));
        }
        double w = network.w(unit);
        if (w == 0) {
            throw new IllegalArgumentException("unit " + unit + " has w = 0 and no breakpoint");
        }
        double mu = w * network.v(unit);
        int s = w > 0 ? 1 : -1;
        double[] r = new double[x.length];
        network.values(x, r);
        for (int m = 0; m < x.length; m++) {
            double z = w * x[m] + network.b(unit);
            r[m] -= y[m] + (z > 0 ? network.v(unit) * z : 0);
        }
        double[] knots = Arrays.stream(x).sorted().distinct().toArray();
        // piece p lies between knots[p − 1] and knots[p] (p = 0: left of all, p = K: right of all)
        Quadratic[] pieces = new Quadratic[knots.length + 1];
        for (int p = 0; p <= knots.length; p++) {
            double inside = p == 0 ? knots[0] - 1 : p == knots.length ? knots[p - 1] + 1
                    : 0.5 * (knots[p - 1] + knots[p]);
            pieces[p] = piece(x, r, mu, s, inside);
        }
        KnotAnalysis[] out = new KnotAnalysis[knots.length];
        for (int k = 0; k < knots.length; k++) {
            Quadratic left = pieces[k];
            Quadratic right = pieces[k + 1];
            out[k] = new KnotAnalysis(unit, knots[k], left, right,
                    KnotType.of(left.minimiser(), right.minimiser(), knots[k]));
        }
        return out;
    }

    /** ℓ as a quadratic in β for β in the piece holding {@code inside} (which is no data value). */
    private static Quadratic piece(double[] x, double[] r, double mu, int s, double inside) {
        double a = 0;
        double b = 0;
        double c = 0;
        for (int m = 0; m < x.length; m++) {
            if (s * (x[m] - inside) > 0) {
                double t = r[m] + mu * x[m];
                a += 0.5 * mu * mu;
                b -= mu * t;
                c += 0.5 * t * t;
            } else {
                c += 0.5 * r[m] * r[m];
            }
        }
        return new Quadratic(a, b, c);
    }
}
