package org.splinelens.experiments.loneliness;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.losssurface.partition.DataPartition;

/** Fig 11 after training: "remain lonely" on constructed partitions and statistics. */
class LonelinessVerdictTest {

    /** Brute force: a point is alone when no other point lies between the same two neighbouring breakpoints. */
    private static boolean alone(double[] breakpoints, double[] x, int n) {
        for (int m = 0; m < x.length; m++) {
            if (m != n && samePiece(breakpoints, x[n], x[m])) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePiece(double[] breakpoints, double a, double b) {
        for (double beta : breakpoints) {
            if ((a < beta) != (b < beta)) { // a breakpoint at a point puts the point on its right, as DataPartition
                return false;
            }
        }
        return true;
    }

    @Property(tries = 60)
    void remainedIsTheShareOfInitiallyLonelyPointsStillAlone(
            @ForAll @Size(min = 1, max = 12) double @DoubleRange(min = -2, max = 2) [] start,
            @ForAll @Size(min = 1, max = 12) double @DoubleRange(min = -2, max = 2) [] end) {
        double[] x = {-1.7, -1.1, -0.4, 0.05, 0.3, 0.9, 1.6};
        int before = 0;
        int still = 0;
        for (int n = 0; n < x.length; n++) {
            if (alone(start, x, n)) {
                before++;
                still += alone(end, x, n) ? 1 : 0;
            }
        }
        double remained = LonelinessExperiment.remained(DataPartition.of(start, x), DataPartition.of(end, x), x);
        if (before == 0) {
            assertThat(remained).isNaN();
        } else {
            assertThat(remained).isEqualTo((double) still / before);
        }
    }

    @Test
    void remainHoldsWhenMostStayAloneAndTheFractionDidNotFallBeyondTheNoise() {
        Summary.Stat before = new Summary.Stat(200, 0.95, 0.05);
        Summary.Stat remained = new Summary.Stat(20, 0.97, 0.03);
        // change −0.01 ± 2 · 0.02 / √20 = 0.0089: a fall of 0.01 exceeds the noise
        assertThat(LonelinessExperiment.remainLonely("c", before, new Summary.Stat(20, 0.94, 0.05),
                new Summary.Stat(20, -0.01, 0.02), remained).holds()).isFalse();
        // change −0.01 ± 2 · 0.04 / √20 = 0.0179: within the noise
        assertThat(LonelinessExperiment.remainLonely("c", before, new Summary.Stat(20, 0.94, 0.05),
                new Summary.Stat(20, -0.01, 0.04), remained).holds()).isTrue();
        // no fall, but most points are not alone
        assertThat(LonelinessExperiment.remainLonely("c", before, new Summary.Stat(20, 0.6, 0.05),
                new Summary.Stat(20, 0.1, 0.04), remained).holds()).isFalse();
    }
}
