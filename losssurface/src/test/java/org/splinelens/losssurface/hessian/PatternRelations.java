package org.splinelens.losssurface.hessian;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.losssurface.critical.Degeneracies;

/**
 * Cor 2's question in coordinates. Unit i contributes to {@code J d} ('shallow ReLU networks as splines' Thm 5's
 * vectors) {@code α_i x_{S_i} + γ_i 1_{S_i}} with {@code α_i = v_i d_{w_i} + w_i d_{v_i}},
 * {@code γ_i = v_i d_{b_i} + b_i d_{v_i}}, and b0 adds {@code d_{b0} 1}: {@code J = B Aᵀ}, where the columns of B are
 * the pattern vectors {@code x_{S_1}, 1_{S_1}, …, x_{S_H}, 1_{S_H}, 1} and {@link #coefficients} is {@code Aᵀ}. So
 * {@code J d = 0} iff {@code Aᵀd} is a linear relation among the pattern vectors; {@code null Aᵀ} is the per-unit part
 * (the rescaling {@code (w_i, b_i, −v_i)}, case 2, and {@code e_{w_i}, e_{b_i}} when {@code v_i = 0}, case 6).
 *
 * <p>Exhaustive list, derived (ERRATA E16): let the cuts be the distinct boundaries of the non-trivial active sets
 * among the sorted distinct x-values; they split the values into blocks {@code B_t}, and every {@code S_i} is a union
 * of blocks. Writing each pattern vector in block coordinates ({@code ξ_t = x_{B_t}}, {@code ε_t = 1_{B_t}}; the map
 * {@link #blocks} is φ) gives {@code B = Ψ φ} with Ψ the embedding of the block vectors in ℝ^N. The blocks are
 * disjoint, so {@code null Ψ} is spanned by {@code ξ_t − u ε_t} for the blocks holding a single x-value u, and
 * {@code null J = {d : φ Aᵀ d ∈ span{ξ_t − u_t ε_t : |B_t| = one value}}}. The formal part ({@code null φ}) is cases
 * 1, 3, 4 and 7 (equal, full, empty and complementary sets, with {@code x_i + x_j = x} wherever x has another
 * representation); the single-value blocks are case 5 when the block is a whole active set, and otherwise a cause the
 * paper does not list — e.g. one data point between two breakpoints.
 */
final class PatternRelations {
    private PatternRelations() {
    }

    /** @return {@code Aᵀ}, (2H + 1) × (3H + 1): rows {@code α_1, γ_1, …, α_H, γ_H, d_{b0}} */
    static DMatrixRMaj coefficients(ShallowNetwork net) {
        int h = net.width();
        DMatrixRMaj a = new DMatrixRMaj(2 * h + 1, 3 * h + 1);
        for (int i = 0; i < h; i++) {
            a.set(2 * i, i, net.v(i));
            a.set(2 * i, 2 * h + i, net.w(i));
            a.set(2 * i + 1, h + i, net.v(i));
            a.set(2 * i + 1, 2 * h + i, net.b(i));
        }
        a.set(2 * h, 3 * h, 1);
        return a;
    }

    /** @return B, N × (2H + 1): the pattern vectors {@code x_{S_i}, 1_{S_i}} and {@code 1} */
    static DMatrixRMaj patternVectors(ShallowNetwork net, double[] x) {
        int h = net.width();
        DMatrixRMaj b = new DMatrixRMaj(x.length, 2 * h + 1);
        for (int n = 0; n < x.length; n++) {
            for (int i = 0; i < h; i++) {
                if (net.w(i) * x[n] + net.b(i) > 0) {
                    b.set(n, 2 * i, x[n]);
                    b.set(n, 2 * i + 1, 1);
                }
            }
            b.set(n, 2 * h, 1);
        }
        return b;
    }

    /**
     * Cor 2's listed relations among the pattern vectors, read from the causes losssurface finds
     * ({@link Degeneracies}): case 1 {@code x_i = x_j, 1_i = 1_j}; case 3 {@code 1_i = 1}; case 4
     * {@code x_i = 1_i = 0}; case 5 {@code x_i = u 1_i}; case 7 {@code 1_i + 1_j = 1} and {@code x_i + x_j = x} against
     * every other representation of x (a unit active on all, another complementary pair).
     *
     * @return the relations as columns, (2H + 1) × k
     */
    static DMatrixRMaj listed(ShallowNetwork net, double[] x, Degeneracies causes) {
        int h = net.width();
        List<double[]> relations = new ArrayList<>();
        for (int[] units : causes.sharedPatterns()) {
            for (int k = 1; k < units.length; k++) {
                relations.add(relation(h, new int[] {2 * units[0], 2 * units[k]}, new double[] {1, -1}));
                relations.add(relation(h, new int[] {2 * units[0] + 1, 2 * units[k] + 1}, new double[] {1, -1}));
            }
        }
        for (int i : causes.activeOnAll()) {
            relations.add(relation(h, new int[] {2 * i + 1, 2 * h}, new double[] {1, -1}));
        }
        for (int i : causes.activeOnNone()) {
            relations.add(relation(h, new int[] {2 * i}, new double[] {1}));
            relations.add(relation(h, new int[] {2 * i + 1}, new double[] {1}));
        }
        for (int i : causes.singleInput()) {
            double u = Double.NaN;
            for (double xn : x) {
                if (net.w(i) * xn + net.b(i) > 0) {
                    u = xn;
                }
            }
            relations.add(relation(h, new int[] {2 * i, 2 * i + 1}, new double[] {1, -u}));
        }
        List<int[]> pairs = new ArrayList<>();
        for (int[][] classes : causes.complementary()) {
            int a = classes[0][0];
            int b = classes[1][0];
            relations.add(relation(h, new int[] {2 * a + 1, 2 * b + 1, 2 * h}, new double[] {1, 1, -1}));
            for (int k : causes.activeOnAll()) {
                relations.add(relation(h, new int[] {2 * a, 2 * b, 2 * k}, new double[] {1, 1, -1}));
            }
            for (int[] other : pairs) {
                relations.add(relation(h, new int[] {2 * a, 2 * b, 2 * other[0], 2 * other[1]},
                        new double[] {1, 1, -1, -1}));
            }
            pairs.add(new int[] {a, b});
        }
        DMatrixRMaj matrix = new DMatrixRMaj(2 * h + 1, relations.size());
        for (int k = 0; k < relations.size(); k++) {
            for (int j = 0; j <= 2 * h; j++) {
                matrix.set(j, k, relations.get(k)[j]);
            }
        }
        return matrix;
    }

    /** A block decomposition: φ (block coordinates of each pattern vector) and the single-value relations Ξ. */
    record Blocks(DMatrixRMaj phi, DMatrixRMaj singleValued, int count, int singleValuedNotWholeSet) {
    }

    /** @return φ, 2T × (2H + 1) with rows {@code ξ_0, ε_0, ξ_1, …}, and Ξ, the {@code ξ_t − u ε_t} as columns */
    static Blocks blocks(ShallowNetwork net, double[] x) {
        double[] u = Arrays.stream(x).distinct().sorted().toArray();
        int m = u.length;
        int h = net.width();
        boolean[][] active = new boolean[h][m];
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < h; i++) {
            int count = 0;
            for (int k = 0; k < m; k++) {
                active[i][k] = net.w(i) * u[k] + net.b(i) > 0;
                count += active[i][k] ? 1 : 0;
            }
            if (count > 0 && count < m) {
                int cut = active[i][0] ? count : m - count; // a prefix of `count` values, or the suffix after the cut
                if (!cuts.contains(cut)) {
                    cuts.add(cut);
                }
            }
        }
        cuts.sort(null);
        int[] edges = new int[cuts.size() + 2];
        for (int k = 0; k < cuts.size(); k++) {
            edges[k + 1] = cuts.get(k);
        }
        edges[edges.length - 1] = m;
        int t = edges.length - 1;
        DMatrixRMaj phi = new DMatrixRMaj(2 * t, 2 * h + 1);
        List<double[]> single = new ArrayList<>();
        int notWhole = 0;
        for (int block = 0; block < t; block++) {
            for (int i = 0; i < h; i++) {
                if (active[i][edges[block]]) {
                    phi.set(2 * block, 2 * i, 1);
                    phi.set(2 * block + 1, 2 * i + 1, 1);
                }
            }
            phi.set(2 * block + 1, 2 * h, 1);
            if (edges[block + 1] - edges[block] == 1) {
                double[] r = new double[2 * t];
                r[2 * block] = 1;
                r[2 * block + 1] = -u[edges[block]];
                single.add(r);
                boolean whole = false;
                for (int i = 0; i < h; i++) {
                    int count = 0;
                    for (boolean on : active[i]) {
                        count += on ? 1 : 0;
                    }
                    whole |= count == 1 && active[i][edges[block]];
                }
                notWhole += whole ? 0 : 1;
            }
        }
        DMatrixRMaj xi = new DMatrixRMaj(2 * t, single.size());
        for (int k = 0; k < single.size(); k++) {
            for (int j = 0; j < 2 * t; j++) {
                xi.set(j, k, single.get(k)[j]);
            }
        }
        return new Blocks(phi, xi, t, notWhole);
    }

    /** @return {@code {d : Q_Rᵀ M d = 0}}, Q_R a basis of the complement of span R: the preimage of span R under M */
    static DMatrixRMaj preimage(DMatrixRMaj m, DMatrixRMaj relations) {
        DMatrixRMaj q = Subspaces.complementOf(relations, m.numRows);
        DMatrixRMaj reduced = new DMatrixRMaj(q.numCols, m.numCols);
        CommonOps_DDRM.multTransA(q, m, reduced);
        if (reduced.numRows == 0) {
            return CommonOps_DDRM.identity(m.numCols);
        }
        return Subspaces.nullSpace(reduced, 1e-9);
    }

    private static double[] relation(int h, int[] at, double[] coefficient) {
        double[] r = new double[2 * h + 1];
        for (int k = 0; k < at.length; k++) {
            r[at[k]] += coefficient[k];
        }
        return r;
    }
}
