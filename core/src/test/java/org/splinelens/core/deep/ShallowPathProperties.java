package org.splinelens.core.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.core.limits.PrecisionExceeded;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.Bdso;
import org.splinelens.core.spline.Pwl;
import org.splinelens.core.testing.RandomNetworks;

/**
 * The direct analysis of a one-hidden-layer net ({@link ShallowBreakpoints}, one sort) against the shared-grid
 * analysis every depth goes through ({@link DeepBreakpoints#onGrid}, O(H²)): the same breakpoints, unit by unit, the
 * same delta-slopes up to rounding, the canonical PWL of Eq. 2 as output; and a million units in about a second.
 */
class ShallowPathProperties {

    @Property(tries = 300)
    void directPathAgreesWithTheSharedGrid(@ForAll ShallowNetwork net) {
        DeepNetwork deep = net.asDeep();
        DeepBreakpointAnalysis direct = DeepBreakpoints.analyze(deep);
        DeepBreakpointAnalysis grid = DeepBreakpoints.onGrid(deep, PieceLimit.NONE);
        assertThat(direct.output()).isEqualTo(Bdso.of(net).toPwl());
        double scale = 1e-300;
        for (int i = 0; i < net.width(); i++) {
            scale += Math.abs(net.w(i) * net.v(i));
        }
        LayerBreakpoints a = direct.layers().get(0);
        LayerBreakpoints b = grid.layers().get(0);
        assertThat(a.units()).hasSameSizeAs(b.units());
        double[] jumps = direct.output().slopeJumps();
        for (int u = 0; u < a.units().size(); u++) {
            UnitBreakpoints mine = a.units().get(u);
            UnitBreakpoints theirs = b.units().get(u);
            assertThat(mine.unit()).isEqualTo(u);
            assertThat(mine.breakpoints()).isEqualTo(theirs.breakpoints());
            for (int k = 0; k < mine.breakpointCount(); k++) {
                if (separated(net, mine.breakpoints()[k])) {
                    // the grid path finds the delta-slope by evaluating the gates either side of the breakpoint,
                    // which cannot tell apart breakpoints an ulp or so apart; the direct path's s μ is exact there too
                    assertThat(mine.deltaSlopes()[k]).isCloseTo(theirs.deltaSlopes()[k], Offset.offset(1e-9 * scale));
                }
                if (mine.active()[k] != theirs.active()[k]) {
                    // the grid path may call a knot whose jump is at the rounding level of the slopes around it noise
                    int knot = direct.output().pieceOf(mine.breakpoints()[k]) - 1;
                    double jump = knot >= 0 && direct.output().knot(knot) == mine.breakpoints()[k] ? jumps[knot] : 0;
                    assertThat(Math.abs(jump)).isLessThanOrEqualTo(1e-12 * scale);
                }
            }
        }
        assertThat(a.breakpointCount()).isEqualTo(b.breakpointCount());
    }

    /** Read in the shallow layout or through {@code asDeep()}: the same analysis, bit for bit, or the same refusal. */
    @Property(tries = 200)
    void shallowLayoutGivesTheAnalysisOfTheDeepCopy(@ForAll ShallowNetwork random, @ForAll boolean huge) {
        // some nets scaled far beyond double precision's range of delta-slopes: both must refuse alike
        double scale = huge ? 1e160 : 1;
        double[] w = random.w();
        double[] v = random.v();
        for (int i = 0; i < w.length; i++) {
            w[i] *= scale;
            v[i] *= scale;
        }
        ShallowNetwork net = ShallowNetwork.of(w, random.b(), v, random.b0());
        DeepBreakpointAnalysis direct;
        DeepBreakpointAnalysis copied;
        try {
            copied = DeepBreakpoints.analyze(net.asDeep(), PieceLimit.NONE);
        } catch (PrecisionExceeded e) {
            assertThatThrownBy(() -> DeepBreakpoints.analyze(net, PieceLimit.NONE))
                    .isInstanceOf(PrecisionExceeded.class).hasMessage(e.getMessage());
            return;
        }
        direct = DeepBreakpoints.analyze(net, PieceLimit.NONE);
        assertThat(direct.output()).isEqualTo(copied.output());
        LayerBreakpoints a = direct.layers().get(0);
        LayerBreakpoints b = copied.layers().get(0);
        assertThat(a.units()).hasSameSizeAs(b.units());
        for (int u = 0; u < a.units().size(); u++) {
            assertThat(a.units().get(u).breakpoints()).isEqualTo(b.units().get(u).breakpoints());
            assertThat(a.units().get(u).deltaSlopes()).isEqualTo(b.units().get(u).deltaSlopes());
            assertThat(a.units().get(u).active()).isEqualTo(b.units().get(u).active());
        }
        assertThat(a.roughness()).isEqualTo(b.roughness());
    }

    @Test
    void aShallowNetOfNoUnitsIsAnalysedAsItsDeepCopy() {
        ShallowNetwork empty = ShallowNetwork.of(new double[0], new double[0], new double[0], 0.5);
        DeepBreakpointAnalysis direct = DeepBreakpoints.analyze(empty, PieceLimit.NONE);
        DeepBreakpointAnalysis copied = DeepBreakpoints.analyze(empty.asDeep(), PieceLimit.NONE);
        assertThat(direct.output()).isEqualTo(copied.output());
        assertThat(direct.layers().get(0).units()).hasSameSizeAs(copied.layers().get(0).units());
    }

    /** @return whether no other unit's breakpoint lies within a relative 1e-9 of {@code beta} */
    private static boolean separated(ShallowNetwork net, double beta) {
        int near = 0;
        for (int i = 0; i < net.width(); i++) {
            if (net.w(i) != 0 && Math.abs(-net.b(i) / net.w(i) - beta) <= 1e-9 * (1 + Math.abs(beta))) {
                near++;
            }
        }
        return near == 1;
    }

    /** A million random units: the pieces are the distinct breakpoints plus one, the PWL is the network. */
    @Test
    void aMillionUnitsAreOneSort() {
        int h = 1_000_000;
        SplittableRandom random = new SplittableRandom(18);
        double[] w = new double[h];
        double[] b = new double[h];
        double[] v = new double[h];
        for (int i = 0; i < h; i++) {
            w[i] = random.nextGaussian();
            b[i] = random.nextGaussian();
            v[i] = random.nextGaussian() / h;
        }
        ShallowNetwork net = ShallowNetwork.of(w, b, v, 0.5);
        DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(net.asDeep());
        double[] beta = new double[h];
        for (int i = 0; i < h; i++) {
            beta[i] = -b[i] / w[i];
        }
        long distinct = java.util.Arrays.stream(beta).sorted().distinct().count();
        assertThat(analysis.pieces()).isEqualTo(distinct + 1);
        assertThat(analysis.layers().get(0).breakpointCount()).isEqualTo(h);
        assertThat(analysis.layers().get(0).activeCount()).isEqualTo((int) distinct);
        Pwl pwl = analysis.output();
        for (int k = 0; k < 20; k++) {
            double x = -5 + 10 * random.nextDouble();
            assertThat(pwl.value(x)).isCloseTo(net.value(x), Offset.offset(1e-9 * RandomNetworks.termScale(net, x)));
        }
    }
}
