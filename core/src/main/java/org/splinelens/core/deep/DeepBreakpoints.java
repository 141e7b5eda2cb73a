package org.splinelens.core.deep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.splinelens.core.limits.PrecisionExceeded;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.core.spline.Pwl;

/**
 * Exact breakpoints of a deep univariate ReLU network ('functional characterization', Sec 4, Definition 1).
 *
 * <p>Layer by layer, every hidden unit's pre-activation {@code z_i^{(ℓ)}(x)} is kept as a CPWL function of the input
 * on a grid holding every breakpoint found so far. Its zero crossings are the unit's induced breakpoints; they are
 * added to the grid, and relu is applied piece by piece (relu adds kinks at the zero crossings and removes the kinks
 * of pieces where {@code z <= 0}). The output layer is affine, so the output is CPWL on the final grid; a grid point
 * is a knot of the output when its slope jump exceeds the rounding bound of {@link #kinkTolerance} times the magnitude
 * of the terms that make up the two slopes, and a breakpoint is active exactly when it is such a knot.
 *
 * <p>Cost: O(L · H² · K) for K breakpoints in all, and memory for every unit's values on the whole grid, O(H · K) a
 * layer; no sampling. A network with one hidden layer takes the direct path of {@link ShallowBreakpoints} instead
 * (one sort, O(H log H)). The grid can grow exponentially with depth, so a {@link PieceLimit} bounds it: before each
 * layer's grid is allocated its pieces are counted against the limit and its arrays against the free heap, and the
 * analysis is refused in one line rather than running out of memory.
 */
public final class DeepBreakpoints {
    /** Doubles a grid function keeps per piece: value, slope and slope magnitude. */
    private static final int DOUBLES_PER_PIECE = 3;
    /** Bytes a breakpoint takes in a layer's table: the breakpoint, its delta-slope and its activity. */
    private static final int TABLE_BYTES = 2 * Double.BYTES + 1;
    /** Bytes a piece of the output takes: its knot, slope and intercept. */
    private static final int PIECE_BYTES = 3 * Double.BYTES;

    private DeepBreakpoints() {
    }

    /**
     * @return the analysis, with no bound on the pieces (memory is still checked)
     * @throws PrecisionExceeded if the network's pre-activations, slopes or breakpoints overflow double precision,
     *         or rounding swamps the output's values
     */
    public static DeepBreakpointAnalysis analyze(DeepNetwork network) {
        return analyze(network, PieceLimit.NONE);
    }

    /**
     * @param limit the most pieces the layer-by-layer grid may reach, and how to name the work when it does
     * @throws org.splinelens.core.io.InvalidInputException when the grid passes {@code limit}, or its arrays would not
     *         fit in the heap
     */
    public static DeepBreakpointAnalysis analyze(DeepNetwork network, PieceLimit limit) {
        return network.architecture().hiddenLayers() == 1 ? ShallowBreakpoints.analyze(network, limit)
                : onGrid(network, limit);
    }

    /**
     * The analysis of {@code network.asDeep()}; a shallow network is read in its own layout, without the deep copy.
     *
     * @param limit as for {@link #analyze(DeepNetwork, PieceLimit)}
     */
    public static DeepBreakpointAnalysis analyze(UnivariateNetwork network, PieceLimit limit) {
        return network instanceof ShallowNetwork shallow ? ShallowBreakpoints.analyze(shallow, limit)
                : analyze(network.asDeep(), limit);
    }

    /**
     * A cheap, sufficient test that the analysis of a shallow network stays within double precision: when it holds,
     * {@link #analyze} of {@code network.asDeep()} throws no {@link PrecisionExceeded}. It bounds every partial sum
     * the analysis forms — the delta-slopes {@code μ_i = w_i v_i}, the output's slopes (sums of ±μ_i) and intercepts
     * (the constant plus sums of {@code ∓μ_i β_i}, with {@code β_i} clamped as the analysis clamps it) — by
     * {@code M = |c| + Σ|μ_i| + Σ|μ_i β_i|}, and asks {@code M <= Double.MAX_VALUE / 4}, a margin far beyond the
     * rounding of the sums. O(H), no allocation: a training run may test every observation on its critical path and
     * leave the analysis itself to another thread.
     */
    public static boolean withinPrecision(ShallowNetwork network) {
        double bound = Math.abs(network.b0());
        for (int i = 0; i < network.width(); i++) {
            double w = network.w(i);
            double b = network.b(i);
            double v = network.v(i);
            if (w == 0) {
                bound += Math.abs(v * Math.max(b, 0.0));
                continue;
            }
            double breakpoint = -b / w;
            if (Double.isInfinite(breakpoint)) {
                breakpoint = Math.copySign(Double.MAX_VALUE, breakpoint);
            }
            double mu = w * v;
            bound += Math.abs(mu) + Math.abs(mu * breakpoint);
        }
        return bound <= Double.MAX_VALUE / 4;
    }

    /**
     * Starts the analysis of {@code network} and raises every refusal {@link #analyze(UnivariateNetwork, PieceLimit)}
     * can raise; what is left cannot fail and may be completed later, on another thread: a training run checks each
     * observation on its own thread and leaves the rest to a writer. For a deep network that rest is the delta-slopes
     * and their tables (about 40 % of the work); a shallow network that {@link #withinPrecision} vouches for, in O(H),
     * is left whole (its sort and tables); any other network is analysed here.
     *
     * @param limit as for {@link #analyze(DeepNetwork, PieceLimit)}
     */
    public static PendingAnalysis begin(UnivariateNetwork network, PieceLimit limit) {
        if (network instanceof ShallowNetwork shallow && withinPrecision(shallow)) {
            return new PendingAnalysis(ShallowBreakpoints.deferred(shallow, limit), 0);
        }
        if (network instanceof DeepNetwork deep && deep.architecture().hiddenLayers() != 1) {
            return gridPhase(deep, limit);
        }
        DeepBreakpointAnalysis analysis = analyze(network, limit);
        long breakpoints = 0;
        for (LayerBreakpoints layer : analysis.layers()) {
            breakpoints += layer.breakpointCount();
        }
        return new PendingAnalysis(() -> analysis, TABLE_BYTES * breakpoints + PIECE_BYTES * analysis.pieces());
    }

    /** The general path, for any depth (and the oracle of the direct shallow path in tests). */
    static DeepBreakpointAnalysis onGrid(DeepNetwork network, PieceLimit limit) {
        return gridPhase(network, limit).complete();
    }

    /**
     * The grid, the output and every check of {@link #onGrid}; the delta-slopes, which cannot fail, are left to the
     * result.
     */
    private static PendingAnalysis gridPhase(DeepNetwork network, PieceLimit limit) {
        DeepArchitecture arch = network.architecture();
        double[] theta = network.parameters();
        int hiddenLayers = arch.hiddenLayers();

        SharedGridFunctions h = SharedGridFunctions.input();
        double[][][] induced = new double[hiddenLayers][][];
        for (int l = 0; l < hiddenLayers; l++) {
            int units = arch.outputSize(l);
            String where = "hidden layer " + (l + 1) + " of " + hiddenLayers;
            reserve(limit, where, units, h.grid.length);
            SharedGridFunctions z = h.affine(theta, arch.weightOffset(l), arch.biasOffset(l), units);
            requireFinite(z, "the pre-activations of layer " + (l + 1), theta);
            h = null; // the layer below is garbage once its affine image exists
            induced[l] = new double[units][];
            double[] union = z.grid;
            // a unit's breakpoints are at most two a piece of the grid
            if (!Limits.fits(Double.BYTES * (2.0 * z.grid.length + 1))) {
                Limits.memory(limit.what() + " (" + where + ")", Double.BYTES * (2.0 * z.grid.length + 1));
            }
            for (int u = 0; u < units; u++) {
                induced[l][u] = z.positivityBoundary(u);
                for (double beta : induced[l][u]) {
                    if (!Double.isFinite(beta)) {
                        throw new PrecisionExceeded("breakpoint analysis: a breakpoint of layer " + (l + 1)
                                + " overflows double precision (" + scale(theta) + ")");
                    }
                }
                union = union(union, induced[l][u], limit, where);
            }
            reserveTable(limit, where, induced[l]);
            reserve(limit, where, units, union.length);
            h = z.refine(union, induced[l]).reluInPlace();
        }
        int last = arch.layers() - 1;
        reserve(limit, "the output layer", 1, h.grid.length);
        SharedGridFunctions out = h.affine(theta, arch.weightOffset(last), arch.biasOffset(last), 1);
        requireFinite(out, "the output", theta);

        double[] grid = out.grid;
        boolean[] kink = new boolean[grid.length];
        Pwl output = canonical(out, 0, kink, kinkTolerance(arch), "breakpoint analysis");
        // the grid and its kink marks, and the output's pieces (at most one a grid point)
        long held = (Double.BYTES + 1L + PIECE_BYTES) * (grid.length + 1L);
        for (double[][] layer : induced) {
            for (double[] unit : layer) {
                held += Double.BYTES * (long) unit.length;
            }
        }
        return new PendingAnalysis(() -> deltaSlopes(network, induced, grid, kink, output), held);
    }

    /**
     * Refuses a layer whose breakpoints, as one table ({@link #deltaSlopes}), no Java array or the heap could hold:
     * the table is built later, where nothing may refuse.
     */
    private static void reserveTable(PieceLimit limit, String where, double[][] units) {
        long count = 0;
        for (double[] unit : units) {
            count += unit.length;
        }
        // the messages are built only when a check may fail, as in union
        if (!(count <= Limits.MAX_ARRAY && Limits.fits((double) TABLE_BYTES * count))) {
            Limits.arrayLength(limit.what() + " (" + where + ")", "breakpoints", count);
            Limits.memory(limit.what() + " (" + Limits.number(count) + " breakpoints at " + where + ")",
                    (double) TABLE_BYTES * count);
        }
    }

    /**
     * @param induced every unit's induced breakpoints, by hidden layer and unit
     * @param grid    the final grid, which holds them all
     * @param kink    which grid points are knots of {@code output}
     * @return the analysis: each induced breakpoint with its activity and delta-slope
     */
    private static DeepBreakpointAnalysis deltaSlopes(DeepNetwork network, double[][][] induced, double[] grid,
            boolean[] kink, Pwl output) {
        int hiddenLayers = induced.length;
        ActivationPatterns patterns = new ActivationPatterns(network);
        List<LayerBreakpoints> layers = new ArrayList<>(hiddenLayers);
        for (int l = 0; l < hiddenLayers; l++) {
            int units = induced[l].length;
            int[] starts = new int[units + 1];
            for (int u = 0; u < units; u++) {
                starts[u + 1] = starts[u] + induced[l][u].length;
            }
            double[] beta = new double[starts[units]];
            boolean[] active = new boolean[beta.length];
            double[] delta = new double[beta.length];
            for (int u = 0; u < units; u++) {
                System.arraycopy(induced[l][u], 0, beta, starts[u], induced[l][u].length);
                for (int k = starts[u]; k < starts[u + 1]; k++) {
                    int g = Arrays.binarySearch(grid, beta[k]);
                    active[k] = kink[g];
                    double left = g > 0 ? midpoint(grid[g - 1], beta[k]) : beta[k] - Math.max(1.0, Math.abs(beta[k]));
                    double right = g < grid.length - 1 ? midpoint(beta[k], grid[g + 1])
                            : beta[k] + Math.max(1.0, Math.abs(beta[k]));
                    delta[k] = patterns.deltaSlope(left, right, l, u);
                }
            }
            layers.add(new LayerBreakpoints(l + 1, new UnitTable(l + 1, starts, beta, active, delta)));
        }
        return new DeepBreakpointAnalysis(layers, output);
    }

    /**
     * @return the sorted distinct union of the grid so far and one unit's breakpoints, counted against the limit and
     *         the heap before it is built
     * @throws org.splinelens.core.io.InvalidInputException when its pieces pass the limit: the layer named by
     *         {@code where} then has at least that many
     */
    private static double[] union(double[] grid, double[] breakpoints, PieceLimit limit, String where) {
        long count = SharedGridFunctions.mergedCount(grid, breakpoints);
        // the messages are built only when a check may fail: this runs once a unit, at every training snapshot
        if (!(count + 1.0 <= limit.max() && count < Integer.MAX_VALUE - 8 && Limits.fits(Double.BYTES * count))) {
            String pieces = "pieces or more by " + where;
            Limits.count(limit.what(), pieces, count + 1.0, limit.max(), limit.option());
            Limits.arrayLength(limit.what(), pieces, count + 1.0);
            Limits.memory(limit.what() + " (" + Limits.number(count + 1.0) + " " + pieces + ")",
                    (double) Double.BYTES * count);
        }
        return SharedGridFunctions.mergeDistinct(grid, breakpoints, (int) count);
    }

    /** Checks that {@code functions} grid functions on a grid of {@code points} points fit in the heap. */
    private static void reserve(PieceLimit limit, String where, int functions, int points) {
        double bytes = (double) Double.BYTES * DOUBLES_PER_PIECE * functions * (points + 1.0);
        if (Limits.fits(bytes)) {
            return;
        }
        Limits.memory(limit.what() + " (" + Limits.number(points + 1.0) + " pieces at " + where + ", "
                + Limits.number(functions) + " functions on them)", bytes);
    }

    private static double midpoint(double a, double b) {
        return a + (b - a) / 2;
    }

    /**
     * Relative size of a slope jump below which it is rounding: each slope is a sum over at most
     * {@code Σ H_ℓ + 1} products per layer, so its error is a few units of {@code (Σ H_ℓ + 1)·ε} times the magnitude
     * of its terms; jumps above four times that bound are kinks.
     */
    static double kinkTolerance(DeepArchitecture arch) {
        return 4.0 * (arch.hiddenUnits() + 1) * arch.layers() * Math.ulp(1.0);
    }

    /**
     * Function {@code u} of {@code f} on its grid as a canonical PWL (the output, or a unit's own function), marking in
     * {@code kink} (when given) the grid points that are knots: those whose slope jump exceeds {@code tolerance} times
     * the terms' magnitude on the two sides. Each piece's line is anchored at its left knot, and the first piece's at
     * the first knot: a line anchored at a grid point far from the knot it meets carries that point's rounding — of the
     * size of the terms summed there, which can dwarf the value at the knot — across the whole distance, and breaks
     * continuity at the knot (a net whose breakpoints nearly coincide with a far-off non-kink grid point, as gradient
     * descent on large inputs makes).
     *
     * @param what names the analysis in a refusal
     * @throws PrecisionExceeded if rounding still leaves the lines discontinuous at a knot
     */
    static Pwl canonical(SharedGridFunctions f, int u, boolean[] kink, double tolerance, String what) {
        double[] grid = f.grid;
        double[] v = f.values[u];
        double[] s = f.slopes[u];
        double[] a = f.slopeMagnitudes[u];
        int m = grid.length;
        double[] knots = new double[m];
        double[] slopes = new double[m + 1];
        double[] intercepts = new double[m + 1];
        int first = -1;
        int k = 0;
        for (int g = 0; g < m; g++) {
            double jump = s[g + 1] - s[g];
            if (Math.abs(jump) > tolerance * (a[g] + a[g + 1])) {
                if (kink != null) {
                    kink[g] = true;
                }
                first = first < 0 ? g : first;
                knots[k] = grid[g];
                k++;
                slopes[k] = s[g + 1];
                intercepts[k] = v[g] - s[g + 1] * grid[g];
            }
        }
        int anchor = first < 0 ? 0 : first;
        slopes[0] = s[0];
        intercepts[0] = v[anchor] - s[0] * grid[anchor];
        try {
            return new Pwl(Arrays.copyOf(knots, k), Arrays.copyOf(slopes, k + 1), Arrays.copyOf(intercepts, k + 1));
        } catch (IllegalArgumentException e) {
            // the function is continuous by construction: a gap at a knot is rounding that swamped the values
            throw new PrecisionExceeded(what + " lost all precision (" + e.getMessage() + ")", e);
        }
    }

    /** @throws PrecisionExceeded if a value or slope of {@code z} overflowed */
    private static void requireFinite(SharedGridFunctions z, String what, double[] theta) {
        for (int u = 0; u < z.count(); u++) {
            if (!(allFinite(z.values[u]) && allFinite(z.slopes[u]) && allFinite(z.slopeMagnitudes[u]))) {
                throw new PrecisionExceeded("breakpoint analysis: " + what + " overflow double precision ("
                        + scale(theta) + ")");
            }
        }
    }

    static boolean allFinite(double[] values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    /** @return the network's largest |parameter|, for messages */
    static String scale(double[] theta) {
        double largest = 0;
        for (double t : theta) {
            largest = Math.max(largest, Math.abs(t));
        }
        return String.format(Locale.ROOT, "|θ| up to %.3g", largest);
    }
}
