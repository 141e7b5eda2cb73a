package org.splinelens.experiments.breakpointmobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The per-run trend statistics against closed forms. */
class LayerTrendTest {

    @Property(tries = 50)
    void slopeOfALineIsItsSlope(@ForAll @IntRange(min = -50, max = 50) int slope,
            @ForAll @IntRange(min = -100, max = 100) int intercept, @ForAll @IntRange(min = 2, max = 9) int layers) {
        double[] values = new double[layers];
        for (int k = 0; k < layers; k++) {
            values[k] = intercept + slope * (k + 2.0);
        }
        assertThat(LayerTrend.slope(values)).isCloseTo(slope, within(1e-9));
    }

    /** Without ties, Spearman's ρ is {@code 1 − 6 Σ d² / (n (n² − 1))}, d the rank differences. */
    @Property(tries = 100)
    void rankCorrelationWithoutTiesIsSpearmansClosedForm(@ForAll @IntRange(min = 2, max = 8) int n,
            @ForAll @IntRange(min = 0, max = 10_000) int shuffle) {
        List<Integer> ranks = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            ranks.add(k);
        }
        Collections.shuffle(ranks, new java.util.Random(shuffle));
        double[] values = new double[n];
        double squares = 0;
        for (int k = 0; k < n; k++) {
            values[k] = Math.exp(ranks.get(k)); // any increasing map of the ranks: only the order counts
            squares += (ranks.get(k) - (k + 1.0)) * (ranks.get(k) - (k + 1.0));
        }
        double spearman = 1 - 6 * squares / (n * (n * (double) n - 1));
        assertThat(LayerTrend.rankCorrelation(values)).isCloseTo(spearman, within(1e-12));
    }

    @Test
    void tiesShareTheirMeanRankAndAConstantRunHasNoOrder() {
        // ranks of (5, 5, 9, 1): 2.5, 2.5, 4, 1; against 1, 2, 3, 4 (centred: −1.5 −0.5 0.5 1.5 and 0 0 1.5 −1.5)
        double sxy = -1.5 * 0 + -0.5 * 0 + 0.5 * 1.5 + 1.5 * -1.5;
        double expected = sxy / Math.sqrt(5 * (0 + 0 + 2.25 + 2.25));
        assertThat(LayerTrend.rankCorrelation(new double[] {5, 5, 9, 1})).isCloseTo(expected, within(1e-12));
        assertThat(LayerTrend.rankCorrelation(new double[] {3, 3, 3})).isZero();
        assertThat(LayerTrend.rankCorrelation(new double[] {1, 10, 1000, 1e6})).isEqualTo(1.0);
    }
}
