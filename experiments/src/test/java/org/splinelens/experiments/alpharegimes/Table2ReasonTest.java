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
}
