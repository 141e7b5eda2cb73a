package org.splinelens.experiments.uniformbreakpointinit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;

/** The reasons beside Table 1's sine cells: the least-squares line's test loss, and when each reason is shown. */
class Table1ReasonsTest {
    private static final List<String> INITS = List.of("pytorch-default", "uniform-breakpoints");
    private static final UniformBreakpointInitConfig CONFIG = new UniformBreakpointInitConfig(21, 0.01, 5e-5, 10,
            List.of("sin", "quadratic", "sin-pi"), INITS, 2, List.of("half-sum"), 0.01, 10);

    /**
     * ½ min Σ (sin x − a x − b)² over the 400 midpoints: 1/(2 · 0.01) times the continuous residual
     * {@code ∫ sin² − (∫ x sin x)² / ∫ x²} over [−2, 2] (within 2%), no perturbed line below it, and the sum
     * reading twice the half-sum's.
     */
    @Test
    void theLineLossMatchesItsClosedFormAndNoOtherLineBeatsIt() {
        double line = Table1Cells.lineLoss(Math::sin, LossReading.HALF_SUM, CONFIG);
        double sin2 = 2 - Math.sin(4) / 2;
        double xsin = 2 * (Math.sin(2) - 2 * Math.cos(2));
        double closed = 0.5 * (sin2 - xsin * xsin / (16.0 / 3)) / 0.01;
        assertThat(line).isCloseTo(closed, Offset.offset(0.02 * closed));
        assertThat(Table1Cells.lineLoss(Math::sin, LossReading.SUM, CONFIG)).isCloseTo(2 * line,
                Offset.offset(1e-9 * line));
        assertThat(Table1Cells.lineLoss(x -> 2 * x + 1, LossReading.HALF_SUM, CONFIG)).isCloseTo(0,
                Offset.offset(1e-18));
        double[] x = UniformBreakpointInitExperiment.midpoints(UniformBreakpointInitExperiment.trainingGrid(CONFIG));
        assertThat(x).hasSize(400);
        SplittableRandom random = new SplittableRandom(4);
        double slope = xsin / (16.0 / 3);
        for (int t = 0; t < 200; t++) {
            double a = slope + 0.1 * (random.nextDouble() - 0.5);
            double b = 0.1 * (random.nextDouble() - 0.5);
            double sum = 0;
            for (double v : x) {
                sum += 0.5 * (Math.sin(v) - a * v - b) * (Math.sin(v) - a * v - b);
            }
            assertThat(sum).isGreaterThanOrEqualTo(line * (1 - 1e-12));
        }
    }

    /**
     * The paper's sine cells are 0.78 and 0.43 of the line's ½Σe² (5.18): with ours far below the line the line reason
     * shows; with the sin-pi cells agreeing the sin-pi reason shows; neither when its premise fails.
     */
    @Test
    void eachSineReasonShowsOnlyWhenItsPremiseHolds() {
        String paper = "4.096 ± 2.25";
        String both = Table1Cells.reason(CONFIG, summary(0.1, 4.0, 2.3), "sin", LossReading.HALF_SUM, INITS.get(0),
                paper);
        assertThat(both).contains("proven: the least-squares line through sin has test loss 5.1")
                .contains("sin-pi cells of this reading agree");
        String neither = Table1Cells.reason(CONFIG, summary(3.0, 40, 40), "sin", LossReading.HALF_SUM, INITS.get(0),
                paper);
        assertThat(neither).doesNotContain("least-squares").doesNotContain("sin-pi").contains("no cause found")
                .doesNotContain("agrees under reading");
        assertThat(Table1Cells.reason(CONFIG, summary(0.1, 4.0, 2.3), "sin", LossReading.HALF_SUM, INITS.get(0),
                "0.3 ± 0.1")).doesNotContain("least-squares");
    }

    /** Ours: sin at {@code sine} (both inits), sin-pi at {@code standard}/{@code uniform}, quadratic off the paper. */
    private static Summary summary(double sine, double standard, double uniform) {
        List<Row> rows = new ArrayList<>();
        for (double shift : new double[] {0, 0.1}) {
            for (String init : INITS) {
                rows.add(row("sin", init, sine * (1 + shift)));
                rows.add(row("quadratic", init, 50 * (1 + shift)));
                rows.add(row("sin-pi", init, (init.equals(INITS.get(0)) ? standard : uniform) * (1 + shift)));
            }
        }
        return Summary.of(rows);
    }

    private static Row row(String target, String init, double test) {
        return new Row(Table1Cells.result(target, "half-sum", init), Map.of("testLoss", test, "trainLoss", test,
                "startLoss", 100.0));
    }
}
