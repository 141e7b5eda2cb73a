package org.splinelens.experiments.gdvsdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;

/** "Little or even negative loss changes for order thousands of pieces", judged on constructed statistics. */
class PieceGainTest {
    private static final List<Integer> PIECES = List.of(129, 513, 2049, 4097);

    private static List<Summary.Stat> law(double exponent, double relativeSd) {
        List<Summary.Stat> stats = new ArrayList<>();
        for (int p : PIECES) {
            double mse = Math.pow(p, -exponent);
            stats.add(new Summary.Stat(3, mse, relativeSd * mse));
        }
        return stats;
    }

    @Test
    void aPowerLawsExponentIsMeasuredOverTheThousandsOnly() {
        // below 1000 pieces the MSE is made to rise: the verdict must not see it
        List<Summary.Stat> stats = new ArrayList<>(law(3, 0.01));
        stats.set(0, new Summary.Stat(3, 1e-30, 0));
        assertThat(PieceGain.verdict("m", PIECES, stats, 4).holds()).isFalse();
        assertThat(PieceGain.verdict("m", PIECES, stats, 4).evidence()).startsWith("a = 3.00");
    }

    @Test
    void flatOrRisingLossHoldsAndAFallFasterThanHalvingPerDoublingDoesNot() {
        assertThat(PieceGain.verdict("m", PIECES, law(0.2, 0.1), 4).holds()).isTrue();
        assertThat(PieceGain.verdict("m", PIECES, law(-1, 0.1), 4).holds()).isTrue();
        assertThat(PieceGain.verdict("m", PIECES, law(2, 0.01), 4).holds()).isFalse();
    }

    /**
     * a = 2 with a relative sd of 0.9 over 3 trials: each end's SE of ln m is 0.9/√3 = 0.52, the slope's 2 SE over one
     * doubling 2 · √2 · 0.52 / ln 2 = 2.1, which covers a − 1 = 1: the gain is not shown to be more than little.
     */
    @Test
    void aGainWithinTwoStandardErrorsOfLittleCountsAsLittle() {
        assertThat(PieceGain.verdict("m", PIECES, law(2, 0.9), 4).holds()).isTrue();
    }

    @Test
    void fewerThanTwoWidthsInTheThousandsDecideNothing() {
        List<Summary.Stat> stats = new ArrayList<>(law(0, 0.1));
        stats.set(3, new Summary.Stat(0, Double.NaN, Double.NaN));
        assertThat(PieceGain.verdict("m", PIECES, stats, 4).holds()).isFalse();
        // one finished trial (the others diverged) has no standard error: left out too
        stats.set(3, new Summary.Stat(1, 1e-3, 0));
        assertThat(PieceGain.verdict("m", PIECES, stats, 4).evidence()).startsWith("fewer than two widths");
    }

    /** DP's exponent over its approximating piece counts (k >= 4, 4k <= N) of an exact law k^−4. */
    @Test
    void dpsExponentIsFittedOverThePieceCountsThatApproximate() {
        GdVsDpConfig config = new GdVsDpConfig("quadratic", 0.1, List.of(2, 4, 8, 16, 32), List.of(4), List.of(0.1),
                List.of(0.1), List.of(0.1), List.of(8), 10, 1e-6, 1);
        List<Row> rows = new ArrayList<>();
        for (int k : config.pieces()) {
            // pieces 2 and 32 break the law: 2 is below 4, and 4 · 32 > 100 points
            double mse = k == 2 || k == 32 ? 1 : Math.pow(k, -4);
            rows.add(new Row(GdVsDpExperiment.cell(GdVsDpExperiment.DP, k), Map.of("mse", mse)));
        }
        assertThat(GdVsDpExperiment.dpExponent(config, Summary.of(rows), 100)).isCloseTo(4, within(1e-9));
    }
}
