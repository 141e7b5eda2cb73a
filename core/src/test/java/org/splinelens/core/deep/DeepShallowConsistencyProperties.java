package org.splinelens.core.deep;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.assertj.core.data.Offset;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.roughness.Roughness;
import org.splinelens.core.spline.Bdso;
import org.splinelens.core.spline.Pwl;
import org.splinelens.core.testing.RandomNetworks;

/**
 * A shallow net analysed as a one-hidden-layer deep net gives the BDSO of Eq. 1: its breakpoints, its canonical PWL,
 * and a layer roughness equal to the papers' {@code Σ μ_i²} (when no two breakpoints coincide).
 */
class DeepShallowConsistencyProperties {

    @Property(tries = 200)
    void oneHiddenLayerAnalysisReproducesTheBdso(@ForAll ShallowNetwork net) {
        Bdso bdso = Bdso.of(net);
        DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(net.asDeep());
        Pwl expected = bdso.toPwl();
        Pwl actual = analysis.output();
        // every deep knot is a BDSO knot; a BDSO knot the deep analysis drops must have a slope jump at the
        // rounding level of the slopes around it (the deep path cannot tell it from noise)
        double totalMu = 0;
        for (int i = 0; i < bdso.size(); i++) {
            totalMu += Math.abs(bdso.deltaSlope(i));
        }
        int j = 0;
        double[] jumps = expected.slopeJumps();
        for (int k = 0; k < expected.knotCount(); k++) {
            if (j < actual.knotCount() && Math.abs(actual.knot(j) - expected.knot(k))
                    <= 1e-12 * (1 + Math.abs(expected.knot(k)))) {
                j++;
            } else {
                assertThat(Math.abs(jumps[k])).as("dropped knot %s", expected.knot(k))
                        .isLessThanOrEqualTo(1e-12 * totalMu);
            }
        }
        assertThat(j).isEqualTo(actual.knotCount());
        if (wellSeparated(expected) && expected.knotCount() == bdso.size()) {
            // every unit its own kink, far enough from the others to be told apart by evaluation: the layer roughness is the papers' ρ = Σ μ_i²
            assertThat(analysis.roughnessByLayer()[0]).isCloseTo(Roughness.ofDeltaSlopes(bdso),
                    Offset.offset(1e-9 * (1e-300 + Roughness.ofDeltaSlopes(bdso))));
            assertThat(Roughness.ofFunction(expected)).isCloseTo(Roughness.ofDeltaSlopes(bdso),
                    Offset.offset(1e-9 * (1e-300 + Roughness.ofDeltaSlopes(bdso))));
        }
    }

    private static boolean wellSeparated(Pwl pwl) {
        for (int k = 1; k < pwl.knotCount(); k++) {
            if (pwl.knot(k) - pwl.knot(k - 1) <= 1e-9 * (1 + Math.abs(pwl.knot(k)))) {
                return false;
            }
        }
        return true;
    }
}
