package org.splinelens.core.roughness;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.Bdso;
import org.splinelens.core.spline.Pwl;

class RoughnessTest {

    @Test
    void deltaSlopeRoughnessAndFunctionRoughnessDifferOnlyWhereBreakpointsCoincide() {
        // units 0 and 1 share the breakpoint 1 with opposite orientation; unit 2 sits at -1
        ShallowNetwork net = ShallowNetwork.of(new double[] {1, -2, 1}, new double[] {-1, 2, 1},
                new double[] {3, 0.5, -2}, 0);
        Bdso bdso = Bdso.of(net);
        // μ = (3, -1, -2): Σ μ² = 9 + 1 + 4
        assertThat(Roughness.ofDeltaSlopes(bdso)).isEqualTo(14.0);
        // slope jumps: at -1, s μ = -2; at 1, 3 + (-1)(-1) = 4 → 4 + 16
        assertThat(Roughness.ofFunction(bdso.toPwl())).isCloseTo(20.0, Offset.offset(1e-12));
        assertThat(Roughness.ofFunctionIn(bdso.toPwl(), 0, 2)).isCloseTo(16.0, Offset.offset(1e-12));
        assertThat(Roughness.ofDeltaSlopesIn(bdso, 0, 2)).isEqualTo(10.0);
    }

    @Test
    void intervalRoughnessCountsKnotsInTheClosedInterval() {
        Pwl pwl = Pwl.throughPoints(new double[] {0, 1, 2}, new double[] {0, 1, 0}, 0, 0);
        // jumps: +1 at 0, -2 at 1, +1 at 2
        assertThat(Roughness.ofFunctionIn(pwl, 0, 1)).isEqualTo(5.0);
        assertThat(Roughness.ofFunctionIn(pwl, 0.5, 0.9)).isEqualTo(0.0);
    }
}
