package org.splinelens.experiments.alpharegimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;

/**
 * The reason beside a differing Table 2 cell says "no reading agrees" exactly when no reading's own cell agrees with
 * the paper's ({@link org.splinelens.experiments.runner.Agreement}), on summaries built by hand.
 */
class Table2ReasonTest {
    private static final AlphaRegimesConfig CONFIG = new AlphaRegimesConfig(10, List.of(3.0), List.of("flat"), 1,
            1e-3, 1e-3, 3, List.of(), true, false, 10, 7, 100, 0, 1);
    /** The paper's flat α = 3 MAE vs linear. */
    private static final String PAPER = ".0296 ± .0083";

    private static Summary withReading(double... readingMae) {
        List<Row> rows = new ArrayList<>();
        for (double mae : readingMae) {
            rows.add(new Row(Cells.reading("flat", 3.0, Cells.LR_SMALL), Map.of("maeLinear", mae, "trainLoss", 0.0)));
        }
        return Summary.of(rows);
    }

    @Test
    void noReadingAgreesOnlyWhenTheReadingsCellDiffers() {
        // 0.03 ± 0.001 over 3 trials is within 2 √(0.001²/3 + 0.0083²/5) = 0.0075 of .0296
        String agreeing = Table2.reason(CONFIG, withReading(0.029, 0.03, 0.031), "flat", 3.0, "maeLinear", PAPER);
        assertThat(agreeing).startsWith("readings: ").doesNotContain("no reading agrees");
        String differing = Table2.reason(CONFIG, withReading(0.2, 0.21, 0.19), "flat", 3.0, "maeLinear", PAPER);
        assertThat(differing).endsWith("; no reading agrees: the cause is not found");
    }

    /**
     * The smoothing cells' reason shows the floor only when it is positive, and says it excludes the paper's cell only
     * when the floor passes it by 2 SE: the paper's flat α = 100 RMSE .0501 ± .024 against floors 0.2 ± 0.01 (excluded:
     * 0.15 > 2 √(0.01²/3 + 0.024²/5) = 0.024), 0.06 ± 0.01 (not: 0.01 < 0.024) and 0 (an underfit net: no floor).
     */
    @Test
    void theSmoothingFloorIsShownWhenPositiveAndExcludesThePaperOnlyBeyondTwoStandardErrors() {
        String paper = ".0501 ± .024";
        String excluded = Table2.smoothing(smoothingSummary(0.19, 0.2, 0.21), "flat", 100.0, "rmseSmoothing", paper);
        assertThat(excluded).contains("is at least 0.2000 ± 0.010 from it")
                .contains("above the paper's .0501 by more than 2 SE");
        String near = Table2.smoothing(smoothingSummary(0.05, 0.06, 0.07), "flat", 100.0, "rmseSmoothing", paper);
        assertThat(near).contains("is at least 0.06000 ± 0.010 from it").doesNotContain("more than 2 SE");
        String none = Table2.smoothing(smoothingSummary(0, 0, 0), "flat", 100.0, "rmseSmoothing", paper);
        assertThat(none).doesNotContain("at least").contains("against the interpolating natural cubic spline");
    }

    private static Summary smoothingSummary(double... bounds) {
        List<Row> rows = new ArrayList<>();
        for (double bound : bounds) {
            rows.add(new Row(Cells.run("flat", 100.0), Map.of("smoothingDf", 2.0, "rmseSmoothingBound", bound,
                    "trainLoss", 1e-4, "rmseCubic", 0.05)));
        }
        return Summary.of(rows);
    }
}
