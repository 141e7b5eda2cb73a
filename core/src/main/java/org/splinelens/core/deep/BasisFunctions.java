package org.splinelens.core.deep;

import java.util.ArrayList;
import java.util.List;
import org.splinelens.core.limits.PrecisionExceeded;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.spline.Pwl;

/**
 * The basis functions of a deep univariate ReLU network, exactly ('functional characterization' Sec 2 and App. 4):
 * for hidden unit {@code i} of layer {@code ℓ}, its pre-activation
 * {@code z_i^{(ℓ)}(x) = Σ_j W_{ij}^{(ℓ)} x_j^{(ℓ−1)}(x) + c_i^{(ℓ)}} (with {@code x^{(0)}(x) = x}) and its activation
 * {@code x_i^{(ℓ)}(x) = relu(z_i^{(ℓ)}(x))}, each a continuous piecewise-linear function of the scalar input, in
 * canonical form; and the output {@code g(x) = W^{(L+1)} x^{(L)}(x) + c^{(L+1)}}.
 *
 * <p>This is the reading of the appendix's "roughness of the basis functions … in the deeper layers is lower … since
 * the basis functions are very flat" (App. 3, below FC Fig 2): a basis function's delta-slopes are its own slope
 * jumps {@code m_k − m_{k−1}} at its knots, and its roughness is {@code Σ_k (m_k − m_{k−1})²}, Thm 2's
 * {@code ρ = Σ μ_i²} applied to the unit's own function. (The other reading, each unit's contribution to the
 * output's slope, is {@link UnitBreakpoints#deltaSlopes()}.) A layer-1 pre-activation is affine (no knots); a
 * layer-1 activation has one knot, at {@code β_i = −c_i/w_i}, with delta-slope {@code |w_i|}.
 *
 * <p>Computed as {@link DeepBreakpoints} computes breakpoints: every pre-activation on the shared grid of all
 * breakpoints of the layers below, its zero crossings added to the grid, relu applied piece by piece. A grid point is
 * a knot of a function when its slope jump exceeds {@link DeepBreakpoints#kinkTolerance} times the magnitude of the
 * terms of the two slopes. O(L · H² · K) for K breakpoints, no sampling, no bound on the pieces (meant for the small
 * nets of the papers' figures).
 *
 * @param preActivations {@code preActivations.get(ℓ − 1).get(i)} is {@code z_i^{(ℓ)}}
 * @param activations    {@code activations.get(ℓ − 1).get(i)} is {@code x_i^{(ℓ)}}
 * @param output         the network function {@code g}
 */
public record BasisFunctions(List<List<Pwl>> preActivations, List<List<Pwl>> activations, Pwl output) {

    public BasisFunctions {
        preActivations = preActivations.stream().map(List::copyOf).toList();
        activations = activations.stream().map(List::copyOf).toList();
        if (preActivations.size() != activations.size()) {
            throw new IllegalArgumentException("basis functions: " + preActivations.size() + " layers of"
                    + " pre-activations but " + activations.size() + " of activations");
        }
    }

    /**
     * @return every unit's pre-activation and activation as exact CPWL functions of the input, and the output
     * @throws PrecisionExceeded if a value or slope overflows, or rounding swamps a function's values
     */
    public static BasisFunctions of(DeepNetwork network) {
        DeepArchitecture arch = network.architecture();
        double[] theta = network.parameters();
        double tolerance = DeepBreakpoints.kinkTolerance(arch);
        List<List<Pwl>> pre = new ArrayList<>();
        List<List<Pwl>> post = new ArrayList<>();
        SharedGridFunctions h = SharedGridFunctions.input();
        for (int l = 0; l < arch.hiddenLayers(); l++) {
            int units = arch.outputSize(l);
            SharedGridFunctions z = h.affine(theta, arch.weightOffset(l), arch.biasOffset(l), units);
            requireFinite(z, l + 1);
            double[][] zeros = new double[units][];
            double[] union = z.grid;
            List<Pwl> layerPre = new ArrayList<>(units);
            for (int u = 0; u < units; u++) {
                layerPre.add(canonical(z, u, tolerance));
                zeros[u] = z.positivityBoundary(u);
                union = SharedGridFunctions.mergeDistinct(union, zeros[u],
                        (int) SharedGridFunctions.mergedCount(union, zeros[u]));
            }
            h = z.refine(union, zeros).reluInPlace();
            List<Pwl> layerPost = new ArrayList<>(units);
            for (int u = 0; u < units; u++) {
                layerPost.add(canonical(h, u, tolerance));
            }
            pre.add(layerPre);
            post.add(layerPost);
        }
        int last = arch.layers() - 1;
        SharedGridFunctions out = h.affine(theta, arch.weightOffset(last), arch.biasOffset(last), 1);
        requireFinite(out, arch.layers());
        return new BasisFunctions(pre, post, canonical(out, 0, tolerance));
    }

    /** @return the number of hidden layers L */
    public int layers() {
        return activations.size();
    }

    /** @return {@code z_i^{(ℓ)}}, {@code layer} numbered from 1 */
    public Pwl preActivation(int layer, int unit) {
        return preActivations.get(layer - 1).get(unit);
    }

    /** @return {@code x_i^{(ℓ)} = relu(z_i^{(ℓ)})}, {@code layer} numbered from 1 */
    public Pwl activation(int layer, int unit) {
        return activations.get(layer - 1).get(unit);
    }

    /** @return {@code ρ(f) = Σ_k (m_k − m_{k−1})²}, the sum of the squared slope jumps of {@code f} at its knots */
    public static double roughness(Pwl f) {
        double sum = 0;
        for (double jump : f.slopeJumps()) {
            sum += jump * jump;
        }
        return sum;
    }

    /** @return {@code Σ_i ρ(x_i^{(ℓ)})} for {@code ℓ = 1 … L} at index {@code ℓ − 1}: the layer's summed roughness */
    public double[] activationRoughnessByLayer() {
        return roughnessByLayer(activations);
    }

    /** @return {@code Σ_i ρ(z_i^{(ℓ)})} for {@code ℓ = 1 … L} at index {@code ℓ − 1} */
    public double[] preActivationRoughnessByLayer() {
        return roughnessByLayer(preActivations);
    }

    private static double[] roughnessByLayer(List<List<Pwl>> functions) {
        double[] rho = new double[functions.size()];
        for (int l = 0; l < rho.length; l++) {
            for (Pwl f : functions.get(l)) {
                rho[l] += roughness(f);
            }
        }
        return rho;
    }

    /**
     * Function {@code u} of {@code f} in canonical form: its knots are the grid points whose slope jump exceeds
     * {@code tolerance} times the terms' magnitude on the two sides; each piece's line is anchored at its left knot
     * (the first piece's at the first knot), as the output's is in {@link DeepBreakpoints}.
     */
    static Pwl canonical(SharedGridFunctions f, int u, double tolerance) {
        return DeepBreakpoints.canonical(f, u, null, tolerance, "basis functions");
    }

    private static void requireFinite(SharedGridFunctions f, int layer) {
        for (int u = 0; u < f.count(); u++) {
            if (!(DeepBreakpoints.allFinite(f.values[u]) && DeepBreakpoints.allFinite(f.slopes[u]))) {
                throw new PrecisionExceeded("basis functions: layer " + layer + " overflows double precision");
            }
        }
    }
}
