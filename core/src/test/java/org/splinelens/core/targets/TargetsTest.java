package org.splinelens.core.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.core.plugin.PluginRegistry;

class TargetsTest {
    private static final Offset<Double> EXACT = Offset.offset(1e-12);

    @Test
    void everyPaperFunctionIsRegisteredByName() {
        Map<String, TargetFunction> targets = PluginRegistry.of(List.of(new TargetsModule()))
                .plugins(TargetFunction.class);
        assertThat(targets).containsKeys("sin", "sin-pi", "quadratic", "quadratic-ninth", "cubic", "arctan",
                "exp-half", "exp", "sawtooth", "sawtooth-period3", "poly5", "gap-smooth", "gap-sharp");
        assertThat(targets.get("cubic").value(2)).isCloseTo(8 / 4.0 + 4 / 2.0 - 1, EXACT);
        assertThat(targets.get("quadratic-ninth").value(3)).isCloseTo(1.0, EXACT);
        assertThat(targets.get("exp-half").value(2)).isCloseTo(Math.E, EXACT);
    }

    @Test
    void sawtoothHasMinusOneAtTheEndsAndFourPeaksOfOne() {
        TargetFunction saw = byName("sawtooth");
        assertThat(saw.value(-2)).isCloseTo(-1, EXACT);
        assertThat(saw.value(2)).isCloseTo(-1, EXACT);
        int peaks = 0;
        double[] x = org.splinelens.core.data.Samplers.grid(-2, 2, 0.001);
        for (int i = 1; i < x.length - 1; i++) {
            double f = saw.value(x[i]);
            if (f > saw.value(x[i - 1]) && f > saw.value(x[i + 1])) {
                peaks++;
                assertThat(f).isCloseTo(1, Offset.offset(1e-9));
            }
        }
        assertThat(peaks).isEqualTo(4);
    }

    @Test
    void sawtoothPeriodThreeRepeatsEveryThreeWithAmplitudeOne() {
        TargetFunction saw = byName("sawtooth-period3");
        for (double x = -3; x <= 0; x += 0.137) {
            assertThat(saw.value(x + 3)).isCloseTo(saw.value(x), Offset.offset(1e-12));
            assertThat(Math.abs(saw.value(x))).isLessThanOrEqualTo(1.0);
        }
        assertThat(saw.value(1.5)).isCloseTo(1.0, EXACT);
    }

    @Test
    void poly5IsContinuousWithMaximumTwo() {
        TargetFunction poly = byName("poly5");
        double max = Double.NEGATIVE_INFINITY;
        double[] x = org.splinelens.core.data.Samplers.grid(-3, 3, 1e-4);
        for (int i = 0; i < x.length; i++) {
            max = Math.max(max, poly.value(x[i]));
            if (i > 0) {
                // continuity: neighbouring grid values differ by at most (max slope ≈ 7.5) × step
                assertThat(Math.abs(poly.value(x[i]) - poly.value(x[i - 1]))).isLessThan(1e-3);
            }
        }
        assertThat(max).isCloseTo(2.0, Offset.offset(1e-9));
    }

    private static TargetFunction byName(String name) {
        return Targets.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
