package org.splinelens.experiments.criticalpointgrowth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.losssurface.partition.LonelyPartitions;

/** The power-law exponent of Fig 7's counts and the verdict on it, against closed forms. */
class PowerLawTest {

    @Property(tries = 50)
    void anExactPowerLawGivesItsExponent(@ForAll @DoubleRange(min = -3, max = 6) double exponent,
            @ForAll @DoubleRange(min = 0.1, max = 1000) double scale) {
        double[] x = {4, 6, 8, 10, 12, 20};
        double[] y = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            y[k] = scale * Math.pow(x[k], exponent);
        }
        assertThat(PowerLaw.exponent(x, y)).isCloseTo(exponent, within(1e-9));
    }

    /**
     * All C(N + H, H) partitions, a polynomial of degree H in N: the log-log slope over N from 20 to 40 at H = 2 lies
     * below 2 and approaches it (here (N + 2)(N + 1)/2, whose local slope at N is N/(N + 2) + N/(N + 1), 1.87 to 1.95).
     */
    @Test
    void allPartitionsGrowWithASlopeBelowTheirDegree() {
        double[] x = {20, 25, 30, 35, 40};
        double[] y = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            BigInteger all = LonelyPartitions.allPartitions((int) x[k], 2);
            y[k] = all.doubleValue();
            assertThat(y[k]).isEqualTo((x[k] + 2) * (x[k] + 1) / 2);
        }
        assertThat(PowerLaw.exponent(x, y)).isBetween(1.8, 2.0);
    }

    @Test
    void refusesWhatHasNoPowerLaw() {
        assertThatThrownBy(() -> PowerLaw.exponent(new double[] {1, 2}, new double[] {1, 0}))
                .hasMessageContaining("y > 0");
        assertThatThrownBy(() -> PowerLaw.exponent(new double[] {3, 3}, new double[] {1, 2}))
                .hasMessageContaining("two distinct x");
    }

    @Test
    void theVerdictNeedsTheLowerBoundAboveTheFloor() {
        // 2 SE = 2 · 0.1 / √5 = 0.0894: lower bound 1.91 clears 1; 1.05 − 0.0894 = 0.96 does not
        assertThat(CriticalPointGrowthExperiment.atLeast("c", new Summary.Stat(5, 2.0, 0.1), 1, "N in [4]").holds())
                .isTrue();
        assertThat(CriticalPointGrowthExperiment.atLeast("c", new Summary.Stat(5, 1.05, 0.1), 1, "N in [4]").holds())
                .isFalse();
        assertThat(CriticalPointGrowthExperiment.atLeast("c", new Summary.Stat(5, 1.05, 0.1), 0, "N in [4]").holds())
                .isTrue();
        assertThat(CriticalPointGrowthExperiment.atLeast("c", new Summary.Stat(1, 3, 0), 0, "N in [4]").holds())
                .isFalse();
    }
}
