package org.splinelens.core.deep;

import java.util.Arrays;
import java.util.List;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;

/**
 * 'Functional characterization' Definition 1's path-based activity of the induced breakpoints, beside ours (a
 * breakpoint is active when the output's slope changes there, {@link UnitBreakpoints#active()}).
 *
 * <p>A path π runs from the input through one unit of every hidden layer to the output; {@code W_π} is the product of
 * its weights (the input weight, the hidden weights, the output weight) and {@code â_π(x) = Π_{j ∈ π} [z_j(x) > 0]}.
 * Def 1 reads two ways, both computed here over the paths with {@code W_π ≠ 0} (the definition is silent on weights;
 * an edge of weight 0 carries nothing, and counting it would make a unit cut off from the output active):
 * <ul>
 *   <li>{@link #active}, Def 1's sentence: {@code β_{i,k}^{(ℓ)}} is active if some path through unit i has
 *       {@code z_j(β) > 0} for every other unit j on it;</li>
 *   <li>{@link #switching}, the paragraph after it: β is active iff some path has {@code â_π} discontinuous at β;
 *       here, some path through unit i, so that the breakpoint is attributed to a unit.</li>
 * </ul>
 * Relation to the kinks. On a region of fixed gates {@code f'(x) = Σ_π W_π â_π(x)}, so the output's slope jumps at x
 * by {@code Σ_π W_π (â_π(x⁺) − â_π(x⁻))}:
 * <ol>
 *   <li>every knot of the output is a switching point (a jump needs a path with {@code W_π ≠ 0} whose gates change),
 *       for every network;</li>
 *   <li>if unit i is the only unit on that path with {@code z_j(x) = 0} (no other breakpoint at x), every other unit
 *       on it has {@code z_j(x) > 0}, so x is also active in Def 1's sentence; with coincident breakpoints it need not
 *       be (a unit downstream that switches at the same point has {@code z_j(x) = 0});</li>
 *   <li>the converse fails: the jump is a sum over paths and cancels when the weight products of the active paths do,
 *       already for the breakpoint of one unit whose two paths to the output have opposite products — not only for
 *       coincident breakpoints with {@code μ_i = −μ_j}, the one case the paper's remark names.</li>
 * </ol>
 * For weights drawn from a density the three agree with probability 1: at a breakpoint of unit i alone the jump is
 * {@code ± z_i'(β) · G_i}, {@code G_i = Σ_{paths i → output} Π w Π â}, and {@code z_i'(β) ≠ 0} at a crossing; a
 * path through i with every other unit active makes both factors non-empty sums of distinct monomials in the weights,
 * non-zero off a null set.
 *
 * <p>Cost O(K · P) for K breakpoints and P parameters: one forward pass (and, for the second reading, the gates just
 * left and right of β) and two sweeps over the weights per breakpoint. The gates are computed as the dense forward pass
 * computes them, in double precision.
 */
public final class PathActivity {
    private final boolean[][] active;
    private final boolean[][] switching;
    private final double[][] breakpoints;

    private PathActivity(boolean[][] active, boolean[][] switching, double[][] breakpoints) {
        this.active = active;
        this.switching = switching;
        this.breakpoints = breakpoints;
    }

    /** @return both readings of Def 1 for every breakpoint of {@code DeepBreakpoints.analyze(network)} */
    public static PathActivity of(DeepNetwork network) {
        return of(network, DeepBreakpoints.analyze(network));
    }

    /**
     * @param analysis the network's breakpoints, from {@link DeepBreakpoints#analyze(DeepNetwork)}
     * @return both readings of Def 1 for every breakpoint of the analysis, indexed as {@link LayerBreakpoints} numbers
     *         them
     */
    public static PathActivity of(DeepNetwork network, DeepBreakpointAnalysis analysis) {
        List<LayerBreakpoints> layers = analysis.layers();
        if (layers.size() != network.architecture().hiddenLayers()) {
            throw new IllegalArgumentException("the analysis has " + layers.size() + " hidden layers, the network "
                    + network.architecture().hiddenLayers());
        }
        double[][] beta = new double[layers.size()][];
        int total = 0;
        for (int l = 0; l < beta.length; l++) {
            LayerBreakpoints layer = layers.get(l);
            beta[l] = new double[layer.breakpointCount()];
            for (int k = 0; k < beta[l].length; k++) {
                beta[l][k] = layer.breakpoint(k);
            }
            total += beta[l].length;
        }
        // every activation changes at a breakpoint: between consecutive ones the gates are constant
        double[] all = new double[total];
        int at = 0;
        for (double[] layer : beta) {
            System.arraycopy(layer, 0, all, at, layer.length);
            at += layer.length;
        }
        all = Arrays.stream(all).sorted().distinct().toArray();
        Paths paths = new Paths(network);
        boolean[][] strict = new boolean[beta.length][];
        boolean[][] switches = new boolean[beta.length][];
        for (int l = 0; l < beta.length; l++) {
            LayerBreakpoints layer = layers.get(l);
            strict[l] = new boolean[beta[l].length];
            switches[l] = new boolean[beta[l].length];
            for (int u = 0; u < layer.units().size(); u++) {
                for (int k = layer.firstBreakpoint(u); k < layer.firstBreakpoint(u + 1); k++) {
                    double b = beta[l][k];
                    int g = Arrays.binarySearch(all, b);
                    double left = g > 0 ? b + (all[g - 1] - b) / 2 : b - Math.max(1.0, Math.abs(b));
                    double right = g < all.length - 1 ? b + (all[g + 1] - b) / 2 : b + Math.max(1.0, Math.abs(b));
                    strict[l][k] = paths.throughOthersActive(b, l, u);
                    switches[l][k] = paths.switching(left, right, l, u);
                }
            }
        }
        return new PathActivity(strict, switches, beta);
    }

    /**
     * @param layer hidden layer, from 1
     * @param index the breakpoint's number in the layer ({@link LayerBreakpoints#firstBreakpoint})
     * @return Def 1's sentence: some path through the unit with non-zero weights has {@code z_j(β) > 0} for every
     *         other unit on it
     */
    public boolean active(int layer, int index) {
        return active[layer - 1][index];
    }

    /**
     * @return the paragraph after Def 1: some path through the unit with non-zero weights has its gate product
     *         {@code â_π} discontinuous at the breakpoint
     */
    public boolean switching(int layer, int index) {
        return switching[layer - 1][index];
    }

    /** @return the number of breakpoints active in Def 1's sentence, over all layers */
    public int activeCount() {
        return count(active);
    }

    /** @return the number of switching breakpoints, over all layers */
    public int switchingCount() {
        return count(switching);
    }

    /** @return the distinct points at which some breakpoint is active in Def 1's sentence, ascending */
    public double[] activePoints() {
        return points(active);
    }

    /** @return the distinct points at which some breakpoint is switching, ascending */
    public double[] switchingPoints() {
        return points(switching);
    }

    private static int count(boolean[][] flags) {
        int count = 0;
        for (boolean[] layer : flags) {
            for (boolean flag : layer) {
                count += flag ? 1 : 0;
            }
        }
        return count;
    }

    private double[] points(boolean[][] flags) {
        double[] out = new double[count(flags)];
        int at = 0;
        for (int l = 0; l < flags.length; l++) {
            for (int k = 0; k < flags[l].length; k++) {
                if (flags[l][k]) {
                    out[at++] = breakpoints[l][k];
                }
            }
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    /**
     * Reachability along paths of non-zero weights through gated units, by dynamic programming over the layers (a
     * path through unit i is any path from the input to i followed by any path from i to the output).
     */
    private static final class Paths {
        private final DeepNetwork network;
        private final DeepArchitecture arch;
        private final int hidden;
        /** gates at the point and at the two sides, [hidden layer][unit] */
        private final boolean[][] at;
        private final boolean[][] leftGates;
        private final boolean[][] rightGates;
        /** forward: a path from the input reaches j through units on, [layer][unit]; and one with an off unit */
        private final boolean[][] reach;
        private final boolean[][] reachOff;
        /** backward: a path from j (excluded) to the output through units on; and one with an off unit */
        private final boolean[][] exit;
        private final boolean[][] exitOff;

        Paths(DeepNetwork network) {
            this.network = network;
            this.arch = network.architecture();
            this.hidden = arch.hiddenLayers();
            at = gates();
            leftGates = gates();
            rightGates = gates();
            reach = gates();
            reachOff = gates();
            exit = gates();
            exitOff = gates();
        }

        private boolean[][] gates() {
            boolean[][] g = new boolean[hidden][];
            for (int l = 0; l < hidden; l++) {
                g[l] = new boolean[arch.outputSize(l)];
            }
            return g;
        }

        /** The gates {@code [z_j(x) > 0]} of every hidden unit, as the dense forward pass computes them. */
        private void gatesAt(double x, boolean[][] out) {
            double[] h = {x};
            for (int l = 0; l < hidden; l++) {
                double[] next = new double[arch.outputSize(l)];
                for (int j = 0; j < next.length; j++) {
                    double z = network.bias(l, j);
                    for (int k = 0; k < h.length; k++) {
                        z += network.weight(l, j, k) * h[k];
                    }
                    out[l][j] = z > 0;
                    next[j] = out[l][j] ? z : 0.0;
                }
                h = next;
            }
        }

        /** Def 1's sentence for unit {@code (layer, unit)} at {@code beta}. */
        boolean throughOthersActive(double beta, int layer, int unit) {
            gatesAt(beta, at);
            forward(at, null, layer);
            backward(at, null, layer);
            return arrives(layer, unit, false) && exit[layer][unit];
        }

        /** Some path through the unit has all gates on at one side and some gate off at the other. */
        boolean switching(double left, double right, int layer, int unit) {
            gatesAt(left, leftGates);
            gatesAt(right, rightGates);
            for (int side = 0; side < 2; side++) {
                boolean[][] on = side == 0 ? rightGates : leftGates;
                boolean[][] other = side == 0 ? leftGates : rightGates;
                if (!on[layer][unit]) {
                    continue;
                }
                forward(on, other, layer);
                backward(on, other, layer);
                boolean offBefore = arrives(layer, unit, true) || (arrives(layer, unit, false) && !other[layer][unit]);
                if ((offBefore && exit[layer][unit]) || (arrives(layer, unit, false) && exitOff[layer][unit])) {
                    return true;
                }
            }
            return false;
        }

        /**
         * @return whether a path of non-zero weights from the input reaches unit {@code u} of {@code layer} through
         *         units on in the layers before it (with {@code off}: one that passes an off unit there)
         */
        private boolean arrives(int layer, int u, boolean off) {
            if (layer == 0) {
                return !off && network.weight(0, u, 0) != 0;
            }
            for (int k = 0; k < arch.outputSize(layer - 1); k++) {
                if (network.weight(layer, u, k) != 0 && (off ? reachOff : reach)[layer - 1][k]) {
                    return true;
                }
            }
            return false;
        }

        /** Fills reach (and reachOff when {@code other} is given) for the layers before {@code through}. */
        private void forward(boolean[][] on, boolean[][] other, int through) {
            for (int l = 0; l < through; l++) {
                for (int j = 0; j < arch.outputSize(l); j++) {
                    boolean in = on[l][j] && arrives(l, j, false);
                    reach[l][j] = in;
                    boolean offHere = in && other != null && !other[l][j];
                    reachOff[l][j] = offHere || (on[l][j] && other != null && arrives(l, j, true));
                }
            }
        }

        /** Fills exit (and exitOff when {@code other} is given) for the layers from {@code from} on. */
        private void backward(boolean[][] on, boolean[][] other, int from) {
            for (int l = hidden - 1; l >= from; l--) {
                for (int j = 0; j < arch.outputSize(l); j++) {
                    boolean out = false;
                    boolean outOff = false;
                    if (l == hidden - 1) {
                        out = network.weight(hidden, 0, j) != 0;
                    } else {
                        for (int m = 0; m < arch.outputSize(l + 1); m++) {
                            if (network.weight(l + 1, m, j) == 0 || !on[l + 1][m]) {
                                continue;
                            }
                            out |= exit[l + 1][m];
                            outOff |= other != null && (exitOff[l + 1][m] || (exit[l + 1][m] && !other[l + 1][m]));
                        }
                    }
                    exit[l][j] = out;
                    exitOff[l][j] = outOff;
                }
            }
        }
    }
}
