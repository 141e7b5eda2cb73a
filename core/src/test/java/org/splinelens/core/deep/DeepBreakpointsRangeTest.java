package org.splinelens.core.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.splinelens.core.limits.PrecisionExceeded;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.Pwl;

/** Deep breakpoint analysis at the ends of the double range: precise where it can be, refused where it cannot. */
class DeepBreakpointsRangeTest {

    /**
     * One gradient step on x ≈ 1e12 ({@code train --data x1e12.csv --lr 0.1}): units 1 and 2 get huge
     * weights and breakpoints 1e−22 apart near −4.3e−13, while unit 3's kink at −23.9 is far below rounding. The old
     * analysis anchored the first line at −23.9, carried the rounding of the values there (terms of ~3e47) to the knot
     * and threw "PWL: not continuous"; anchored at the knot, the output matches exact arithmetic.
     */
    @Test
    void nearlyCoincidentHugeBreakpointsBesideAFarTinyKinkConvert() {
        ShallowNetwork net = ShallowNetwork.of(
                new double[] {-0.39975350485880284, 2.0643321654728525E22, -3.86635182157522E23,
                    -0.05535868232568062},
                new double[] {0.4052893195488645, 8.847137852671917E9, -1.6570079235279984E11, -1.3258288172134363},
                new double[] {0.3704061697772641, -1.5837278096273355E23, -3.3680412978110775E22,
                    -0.16926002759529407},
                -1.024331987079156E11);
        Pwl pwl = DeepBreakpoints.analyze(net.asDeep()).output();
        assertThat(pwl.knots()).isNotEmpty();
        double[] probes = {-30, -23.9, -1, -4.3e-13, -4.2857142857e-13, 0, 1, 1e12, 2e12, 3e12};
        for (double x : probes) {
            // rounding of f's computation is relative to the magnitudes of its terms, F(x)
            assertThat(Math.abs(pwl.value(x) - exact(net, x))).as("x = %s", x)
                    .isLessThanOrEqualTo(1e-12 * magnitude(net, x) + 1e-12 * magnitude(net, -30));
        }
    }

    @Test
    void overflowingSlopesAreRefusedNotReportedAsAStraightLine() {
        // the hardening huge-weights.json: μ_0 = w_0 v_0 = 1e600 overflows; the old analysis reported one piece
        ShallowNetwork net = ShallowNetwork.of(new double[] {1e300, -2e300}, new double[] {0.5, 1e300},
                new double[] {1e300, 0.5}, 0.25);
        assertThatThrownBy(() -> DeepBreakpoints.analyze(net.asDeep()))
                .isInstanceOf(PrecisionExceeded.class).hasMessageContaining("overflow")
                .hasMessageContaining("|θ| up to 2.00e+300");
    }

    private static double exact(ShallowNetwork net, double x) {
        BigDecimal f = new BigDecimal(net.b0());
        for (int i = 0; i < net.width(); i++) {
            BigDecimal z = new BigDecimal(net.w(i)).multiply(new BigDecimal(x)).add(new BigDecimal(net.b(i)));
            if (z.signum() > 0) {
                f = f.add(new BigDecimal(net.v(i)).multiply(z));
            }
        }
        return f.doubleValue();
    }

    private static double magnitude(ShallowNetwork net, double x) {
        double f = Math.abs(net.b0());
        for (int i = 0; i < net.width(); i++) {
            f += Math.abs(net.v(i)) * (Math.abs(net.w(i) * x) + Math.abs(net.b(i)));
        }
        return f;
    }
}
