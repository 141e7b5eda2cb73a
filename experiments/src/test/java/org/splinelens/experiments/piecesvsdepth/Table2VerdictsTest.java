package org.splinelens.experiments.piecesvsdepth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/** FC Table 2's verdicts on constructed results whose answer is known, and the trend they rest on. */
class Table2VerdictsTest {
    private static final PiecesVsDepthConfig CONFIG = new PiecesVsDepthConfig(40, List.of(1, 2, 3), List.of("sin-pi"),
            0.05, 5e-5, 1, 4, List.of(10, 20, 40), 1);

    /** The least-squares slope, its standard error and r against the closed form. */
    @Test
    void theTrendsSlopeAndStandardErrorMatchTheClosedForm() {
        Trend exact = Trend.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});
        assertThat(exact.slope()).isEqualTo(2.0);
        assertThat(exact.standardError()).isZero();
        assertThat(exact.correlation()).isCloseTo(1, Offset.offset(1e-15));
        Trend noisy = Trend.of(new double[] {1, 2, 3, 4}, new double[] {0.5, 2.5, 2.5, 4.5});
        // x̄ = ȳ = 2.5, Sxx = 5, Sxy = 6: slope 1.2; residuals −0.2, 0.6, −0.6, 0.2, so s² = 0.8 / 2 and
        // SE = √(0.4 / 5); Syy = 8, r = 6 / √40
        assertThat(noisy.slope()).isCloseTo(1.2, Offset.offset(1e-12));
        assertThat(noisy.standardError()).isCloseTo(Math.sqrt(0.4 / 5), Offset.offset(1e-12));
        assertThat(noisy.correlation()).isCloseTo(6 / Math.sqrt(40), Offset.offset(1e-12));
    }

    /**
     * Spread rising with depth holds (deviations 0, 1, 3 per trial); the same spread at every depth does not; and
     * counts that double with units correlate, while a count one per unit passes the once-per-unit reading only when
     * it is within 10% of the units.
     */
    @Test
    void theVerdictsFollowTheNumbers() {
        double[][] widening = {{40, 40, 40, 40}, {39, 41, 39, 41}, {37, 43, 37, 43}};
        double[][] steady = {{39, 41, 39, 41}, {39, 41, 39, 41}, {39, 41, 39, 41}};
        assertThat(Table2.variability(CONFIG, summary(widening, 40), PieceCount.INDUCED).holds()).isTrue();
        Verdict flat = Table2.variability(CONFIG, summary(steady, 40), PieceCount.INDUCED);
        assertThat(flat.holds()).isFalse();
        assertThat(flat.evidence()).contains("slope 0.00 per layer");
        List<Verdict> once = Table2.atInitialization(CONFIG, summary(steady, 40));
        assertThat(once).extracting(Verdict::holds).containsExactly(true, true);
        assertThat(Table2.atInitialization(CONFIG, summary(steady, 50)).get(1).holds()).isFalse();
    }

    /**
     * The tables give each differing cell the bound it meets: at L = 1 the pieces on ℝ (41 in every trial) against
     * the paper's 40 ± 0, and at L = 2 the induced breakpoints per deeper unit the paper's 55.5 needs; the induced
     * count, 40 at L = 1, agrees.
     */
    @Test
    void differingCellsCarryTheirBounds() {
        PiecesVsDepthConfig config = new PiecesVsDepthConfig(40, List.of(1, 2), List.of("sin-pi"), 0.05, 5e-5, 1, 4,
                List.of(10), 1);
        List<Row> rows = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            for (int depth = 1; depth <= 2; depth++) {
                Map<String, Double> metrics = new LinkedHashMap<>();
                metrics.put("induced", 40.0 + (depth == 1 ? 0 : t % 2));
                metrics.put("knots", 40.0 + (depth == 1 ? 0 : t % 2));
                metrics.put("pieces", 41.0 + (depth == 1 ? 0 : t % 2));
                metrics.put("piecesInDomain", 33.0 + t % 2);
                for (String m : List.of("induced", "knots", "pieces", "piecesInDomain")) {
                    metrics.put("init_" + m, metrics.get(m));
                }
                rows.add(new Row(Table2.result("sin-pi", depth), metrics));
            }
        }
        List<org.splinelens.experiments.runner.PaperTable> tables = Table2.tables(config, Summary.of(rows));
        assertThat(tables.get(0).rows().get(0).agreement().get(0).agrees()).isTrue();
        // 20 units in layer 1 of L = 2: (55.5 − 20) / 20 = 1.78 a unit, ours (40.5 − 20) / 20 = 1.025, printed 1.03
        assertThat(tables.get(0).rows().get(1).agreement().get(0).detail())
                .contains("needs 1.78 breakpoints a unit of layer 2 (ours 1.03; at most 21, one more than the 20 kinks");
        assertThat(tables.get(2).rows().get(0).agreement().get(0).detail()).contains("at most 41 pieces on ℝ");
        assertThat(tables.get(3).rows().get(1).agreement().get(0).detail())
                .contains("no count over [-3, 3] can exceed the whole-line count");
        // the paper's L = 1 cell 40 ± 0 against ours 33.5 on [-3, 3]: 40 pieces need 39 knots inside, of 40 units
        assertThat(tables.get(3).rows().get(0).agreement().get(0).detail())
                .contains("40 pieces on [-3, 3] in every trial would need 39 of the 40 units' breakpoints inside it");
    }

    /**
     * Below the starts: the paper's L = 5 quadratic 31.5 ± 1.7 against starts of 38 ± 1.15 over 4 trials (2 SE
     * 2 √(1.15²/4 + 1.7²/5) = 1.91 < 6.5) is said to need breakpoints removed; its sd 1.7 is below its own L = 2 sd 4.5;
     * each reading's count is quoted with its own outcome (He 32 ± 1: agrees).
     */
    @Test
    void aCellBelowTheStartsAndTheReadingsAreSaidWithTheirNumbers() {
        PiecesVsDepthConfig config = new PiecesVsDepthConfig(40, List.of(5), List.of("quadratic-ninth"), 0.05, 5e-5, 1,
                4, List.of(10), 1, List.of("he-normal"));
        List<Row> rows = new ArrayList<>();
        double[] starts = {37, 39, 37, 39};
        for (int t = 0; t < 4; t++) {
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (PieceCount count : PieceCount.values()) {
                metrics.put(count.metric(), 44.0 + t % 2);
                metrics.put("init_" + count.metric(), starts[t]);
            }
            rows.add(new Row(Table2.result("quadratic-ninth", 5), metrics));
            Map<String, Double> he = new LinkedHashMap<>();
            for (PieceCount count : PieceCount.values()) {
                he.put(count.metric(), 31.5 + (t % 2 == 0 ? -1 : 1) * 1.1547);
            }
            rows.add(new Row(Table2.reading(Reading.HE_NORMAL, "quadratic-ninth", 5), he));
        }
        String reason = Table2.reason(config, Summary.of(rows), PieceCount.INDUCED, "quadratic-ninth", 5,
                "31.5 ± 1.7");
        assertThat(reason).contains("the paper's 31.50 is below our starts' 38.00 ± 1.2 (2 SE 1.91)")
                .contains("its training removed breakpoints, ours went from 38.00 to 44.50")
                .contains("the paper's sd here, 1.7, is below its own L = 2 sd 4.5")
                .contains("with He's N(0, 2/fan_in) start").contains("31.50 ± 1.3, agrees");
        assertThat(Table2.spreadAgainstText("sin-pi", 5)).isEmpty();
        assertThat(Table2.spreadAgainstText("quadratic-ninth", 2)).isEmpty();
    }

    /** Rows of pieces per depth and trial, starts inducing {@code start} breakpoints, counts at init 1 + units. */
    private static Summary summary(double[][] byDepth, double start) {
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < byDepth.length; d++) {
            for (int t = 0; t < byDepth[d].length; t++) {
                Map<String, Double> metrics = new LinkedHashMap<>();
                for (PieceCount count : PieceCount.values()) {
                    metrics.put(count.metric(), byDepth[d][t]);
                    metrics.put("init_" + count.metric(), start);
                }
                rows.add(new Row(Table2.result("sin-pi", d + 1), metrics));
                rows.add(new Row(Table2.ofTrial("sin-pi", d + 1, t), metrics));
            }
            for (int units : CONFIG.initUnits()) {
                Map<String, Double> metrics = new LinkedHashMap<>();
                for (PieceCount count : PieceCount.values()) {
                    metrics.put(count.metric(), units + 1.0);
                }
                rows.add(new Row(Table2.atInit(d + 1, units), metrics));
            }
        }
        return Summary.of(rows);
    }
}
