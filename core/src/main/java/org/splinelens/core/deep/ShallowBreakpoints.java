package org.splinelens.core.deep;

import java.util.List;
import java.util.function.Supplier;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.PrecisionExceeded;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowLayout;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.Bdso;
import org.splinelens.core.spline.Pwl;

/**
 * The breakpoint analysis of a network with one hidden layer, directly from its BDSO ('shallow ReLU networks as
 * splines', Eq. 1): unit {@code i} with {@code w_i ≠ 0} induces exactly the breakpoint {@code β_i = −b_i/w_i}, its
 * delta-slope is {@code s_i μ_i = |w_i| v_i} (the slope change when it alone switches on or off there), and the output
 * is the canonical PWL of {@link Pwl#of(Bdso)}, a breakpoint being active when it is one of its knots. One sort,
 * O(H log H) time and O(H) memory, where the shared grid of {@link DeepBreakpoints} would hold every unit's values on
 * every breakpoint, O(H²). Breakpoints are normalised as the grid path gives them: {@code −0.0} is {@code 0.0}, and
 * one that overflows (a subnormal {@code w_i}) is clamped to {@code ±Double.MAX_VALUE} as in {@link Bdso#of}.
 */
final class ShallowBreakpoints {
    /** Bytes a unit of the analysis may take at its peak: parameters, the BDSO and its copies, the sort, the table. */
    private static final double BYTES_PER_UNIT = 160;

    private ShallowBreakpoints() {
    }

    /** @param network one hidden layer; {@code limit} names the work in a memory refusal */
    static DeepBreakpointAnalysis analyze(DeepNetwork network, PieceLimit limit) {
        DeepArchitecture arch = network.architecture();
        return analyze(network.parameters(), arch.hiddenWidth(1), arch.weightOffset(0), arch.biasOffset(0),
                arch.weightOffset(1), arch.biasOffset(1), limit);
    }

    /** The same analysis of {@code network.asDeep()}, from the shallow layout: no deep copy of the parameters. */
    static DeepBreakpointAnalysis analyze(ShallowNetwork network, PieceLimit limit) {
        int h = network.width();
        if (h == 0) {
            return analyze(network.asDeep(), limit); // asDeep keeps one (silent) unit: the analyses must agree
        }
        return analyze(network.parameters(), h, ShallowLayout.wOffset(h), ShallowLayout.bOffset(h),
                ShallowLayout.vOffset(h), ShallowLayout.b0Index(h), limit);
    }

    /**
     * The analysis of {@link #analyze(ShallowNetwork, PieceLimit)} with its heap check made now and the rest left to
     * the supplier, which checks nothing more (a net of no units is analysed now). The caller has made sure that the
     * rest cannot exceed double precision ({@link DeepBreakpoints#withinPrecision}).
     */
    static Supplier<DeepBreakpointAnalysis> deferred(ShallowNetwork network, PieceLimit limit) {
        int h = network.width();
        if (h == 0) {
            DeepBreakpointAnalysis analysis = analyze(network, limit);
            return () -> analysis;
        }
        reserve(h, limit);
        return () -> build(network.parameters(), h, ShallowLayout.wOffset(h), ShallowLayout.bOffset(h),
                ShallowLayout.vOffset(h), ShallowLayout.b0Index(h));
    }

    /**
     * @param theta a flat parameter vector holding unit i's {@code w_i, b_i, v_i} at {@code w0 + i, b0 + i, v0 + i}
     *              and the output bias at {@code c}
     */
    private static DeepBreakpointAnalysis analyze(double[] theta, int h, int w0, int b0, int v0, int c,
            PieceLimit limit) {
        reserve(h, limit);
        return build(theta, h, w0, b0, v0, c);
    }

    /** {@link #analyze(double[], int, int, int, int, int, PieceLimit)} after its heap check. */
    private static DeepBreakpointAnalysis build(double[] theta, int h, int w0, int b0, int v0, int c) {
        int units = 0;
        for (int i = 0; i < h; i++) {
            if (theta[w0 + i] != 0) {
                units++;
            }
        }
        double[] beta = new double[units];
        double[] mu = new double[units];
        int[] s = new int[units];
        int[] starts = new int[h + 1];
        double constant = theta[c];
        int k = 0;
        for (int i = 0; i < h; i++) {
            double w = theta[w0 + i];
            double b = theta[b0 + i];
            double v = theta[v0 + i];
            if (w == 0) {
                constant += v * Math.max(b, 0.0);
            } else {
                double breakpoint = -b / w;
                if (Double.isInfinite(breakpoint)) {
                    breakpoint = Math.copySign(Double.MAX_VALUE, breakpoint);
                }
                beta[k] = breakpoint + 0.0;
                mu[k] = w * v;
                if (!Double.isFinite(mu[k])) {
                    throw new PrecisionExceeded("breakpoint analysis: the delta-slope of unit " + i + " (w v = " + w
                            + " × " + v + ") overflows double precision (" + DeepBreakpoints.scale(theta) + ")");
                }
                s[k] = w > 0 ? 1 : -1;
                k++;
            }
            starts[i + 1] = k;
        }
        Pwl output;
        try {
            // the BDSO refuses a constant that overflowed, the PWL slopes or intercepts that did
            output = Pwl.of(new Bdso(beta, mu, s, constant));
        } catch (IllegalArgumentException e) {
            throw new PrecisionExceeded("breakpoint analysis: the output's slopes or intercepts overflow double"
                    + " precision (" + DeepBreakpoints.scale(theta) + ")", e);
        }
        boolean[] active = new boolean[units];
        double[] delta = new double[units];
        double[] knots = output.knots();
        for (int j = 0; j < units; j++) {
            active[j] = isKnot(knots, beta[j]);
            delta[j] = s[j] * mu[j];
        }
        UnitTable table = new UnitTable(1, starts, beta, active, delta);
        return new DeepBreakpointAnalysis(List.of(new LayerBreakpoints(1, table)), output);
    }

    /** Refuses, naming {@code limit}'s work, an analysis of {@code h} units that the heap cannot hold. */
    static void reserve(int h, PieceLimit limit) {
        if (!Limits.fits(BYTES_PER_UNIT * h)) {
            Limits.memory(limit.what() + " (" + Limits.number(h) + " units)", BYTES_PER_UNIT * h);
        }
    }

    /** @return whether {@code x} is one of the sorted {@code knots} (by {@code ==}, so {@code −0.0} finds 0.0) */
    private static boolean isKnot(double[] knots, double x) {
        int lo = 0;
        int hi = knots.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (knots[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < knots.length && knots[lo] == x;
    }
}
