package org.splinelens.experiments.spikyinit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;

/**
 * The least-squares-line reason beside a differing standard cell of Table 3 says whether our nets beat the line, as
 * our test loss does, rather than asserting it.
 */
class Table3ReasonTest {
    private static final SpikyInitConfig CONFIG = new SpikyInitConfig(List.of("sin"), 20, 21, List.of(), 1e-4, 5, 10,
            0, 3, "grid", 20, "half-sum", false, 0.04);

    private static Summary ours(double testLoss) {
        Map<String, String> cell = SpikyInitExperiment.cell("sin", "shallow", "standard");
        return Summary.of(List.of(new Row(cell, Map.of("testLoss", testLoss, "trainLoss", 0.1)),
                new Row(cell, Map.of("testLoss", testLoss, "trainLoss", 0.1))));
    }

    @Test
    void theLineReasonSaysWhetherOursBeatsTheLine() {
        double line = Table3Checks.bestLineLoss(Math::sin, SpikyInitExperiment.TEST_GRID);
        String paper = Table3.PAPER.get("sin").get(0);
        assertThat(Table3.reason(CONFIG, "sin", "shallow", "standard", paper, 0, ours(line / 10)))
                .contains("ours beats the line");
        assertThat(Table3.reason(CONFIG, "sin", "shallow", "standard", paper, 0, ours(2 * line)))
                .contains("ours does not either");
    }
}
