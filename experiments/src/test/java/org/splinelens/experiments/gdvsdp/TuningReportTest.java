package org.splinelens.experiments.gdvsdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/**
 * On summaries built by hand, a setting that diverged at the widest net in any trial is never chosen however
 * low its other trials' loss, the grid table lists every setting with its numbers and marks the least, and the
 * ordering verdict on the tuned methods follows the numbers (and flips when they do).
 */
class TuningReportTest {
    private static final int NARROW = 4;
    private static final int WIDE = 8;
    private static final GdVsDpConfig CONFIG = new GdVsDpConfig("quadratic", 0.1, List.of(2), List.of(NARROW, WIDE),
            List.of(0.01, 0.02), List.of(1e-3, 1e-2), List.of(0.2), List.of(32, 128), 100, 1e-6, 2);
    private static final Setting GD_SLOW = new Setting(Setting.GD, 0.01, Setting.FULL_BATCH);
    private static final Setting GD_FAST = new Setting(Setting.GD, 0.02, Setting.FULL_BATCH);
    private static final Setting ADAM_SLOW = new Setting(Setting.ADAM, 1e-3, Setting.FULL_BATCH);
    private static final Setting ADAM_FAST = new Setting(Setting.ADAM, 1e-2, Setting.FULL_BATCH);
    private static final Setting SGD_32 = new Setting(Setting.SGD_BN, 0.2, 32);
    private static final Setting SGD_128 = new Setting(Setting.SGD_BN, 0.2, 128);

    /** @return rows of two trials: each setting's MSE per trial at the widest net, 1.0 (or NaN) at the narrow one */
    private static Summary summary(Map<Setting, double[]> widest, Map<Setting, Double> narrow) {
        List<Row> rows = new ArrayList<>();
        for (int trial = 0; trial < 2; trial++) {
            for (Map.Entry<Setting, double[]> entry : widest.entrySet()) {
                Setting setting = entry.getKey();
                rows.add(new Row(setting.cell(NARROW + 1), NetworkRun.metrics(narrow.getOrDefault(setting, 1.0), 3)));
                rows.add(new Row(setting.cell(WIDE + 1), NetworkRun.metrics(entry.getValue()[trial], 5)));
            }
        }
        return Summary.of(rows);
    }

    private static Map<Setting, double[]> ordered(double adam, double sgd, double gd) {
        Map<Setting, double[]> widest = new LinkedHashMap<>();
        widest.put(GD_SLOW, new double[] {gd, gd});
        widest.put(GD_FAST, new double[] {2 * gd, 2 * gd});
        widest.put(ADAM_SLOW, new double[] {3 * adam, 3 * adam});
        widest.put(ADAM_FAST, new double[] {adam, adam});
        widest.put(SGD_32, new double[] {sgd, sgd});
        widest.put(SGD_128, new double[] {5 * sgd, 5 * sgd});
        return widest;
    }

    @Test
    void aSettingThatDivergedAtTheWidestNetIsNeverChosenHoweverLowItsOtherTrials() {
        Map<Setting, double[]> widest = ordered(1e-8, 1e-4, 1e-3);
        widest.put(GD_SLOW, new double[] {1e-12, Double.NaN}); // its finished trial is the least of all
        widest.put(SGD_32, new double[] {Double.NaN, Double.NaN});
        widest.put(SGD_128, new double[] {Double.NaN, Double.NaN});
        // Adam's faster rate diverged at the narrow width only: still a candidate, and the best
        Summary summary = summary(widest, Map.of(ADAM_FAST, Double.NaN));
        Tuning gd = Tuning.of(CONFIG, Setting.GD, summary);
        assertThat(gd.best()).contains(GD_FAST);
        assertThat(gd.bestMse()).isEqualTo(2e-3);
        assertThat(gd.grid().get(0).diverged()).isTrue();
        Tuning adam = Tuning.of(CONFIG, Setting.ADAM, summary);
        assertThat(adam.best()).contains(ADAM_FAST);
        assertThat(adam.grid().get(1).narrower()).containsExactly(NARROW);
        assertThat(Tuning.of(CONFIG, Setting.SGD_BN, summary).best()).isEmpty();
        // the curves take each width's own best: Adam's slower rate at the narrow width, where the faster diverged;
        // SGD has no point at the widest net
        assertThat(Tuning.bestAt(CONFIG, Setting.ADAM, summary, NARROW)).contains(ADAM_SLOW);
        assertThat(TuningReport.curve(CONFIG, summary, Setting.ADAM, "mse").y()).containsExactly(1.0, 1e-8);
        assertThat(TuningReport.curve(CONFIG, summary, Setting.SGD_BN, "mse").x()).containsExactly(NARROW + 1.0);

        Verdict ordering = GdVsDpExperiment.ordering(CONFIG, Tuning.all(CONFIG, summary));
        assertThat(ordering.holds()).isFalse();
        assertThat(ordering.evidence()).contains("SGD + batch norm diverged at every setting", "GD 0.00200 (lr 0.02,");
        PaperTable table = TuningReport.table(CONFIG, summary);
        assertThat(table.rows()).extracting(PaperTable.TableRow::label)
                .containsExactly("gd, lr 0.01", "gd, lr 0.02 * best", "adam, lr 0.001", "adam, lr 0.01 * best",
                        "sgd-bn, lr 0.2, batch 32", "sgd-bn, lr 0.2, batch 128");
        assertThat(table.rows()).extracting(row -> row.ours().get(0))
                .containsExactly("diverged in 1 of 2 trials", "0.002000 ± 0.0", "3.000e-08 ± 0.0",
                        "1.000e-08 ± 0.0; diverged at H = [4]", "diverged in 2 of 2 trials",
                        "diverged in 2 of 2 trials");
    }

    @Test
    void theOrderingVerdictAndTheGridTableFollowTheNumbers() {
        Summary holds = summary(ordered(1e-8, 1e-4, 1e-3), Map.of());
        Verdict verdict = GdVsDpExperiment.ordering(CONFIG, Tuning.all(CONFIG, holds));
        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.evidence()).contains("best of 2 settings each, 100 epochs, MSE at 9 pieces",
                "Adam 1.00e-08 (lr 0.01, the largest lr of its grid)", "SGD + batch norm 0.000100 (lr 0.2, batch 32)",
                "GD 0.00100 (lr 0.01, the smallest lr of its grid)");
        PaperTable table = TuningReport.table(CONFIG, holds);
        assertThat(table.title()).contains("2 settings per method, each trained 100 epochs at every width in 2",
                "GD lr [0.01, 0.02]", "Adam lr [0.001, 0.01]", "lr [0.2] (per unit) × batch size [32, 128]",
                "H = 8 (9 pieces)");
        assertThat(table.rows()).filteredOn(row -> row.label().endsWith(TuningReport.BEST))
                .extracting(PaperTable.TableRow::label)
                .containsExactly("gd, lr 0.01 * best", "adam, lr 0.01 * best", "sgd-bn, lr 0.2, batch 32 * best");

        // SGD + batch norm tuned worse than GD: the same grids, the verdict turns
        Summary fails = summary(ordered(1e-8, 1e-2, 1e-3), Map.of());
        assertThat(GdVsDpExperiment.ordering(CONFIG, Tuning.all(CONFIG, fails)).holds()).isFalse();
        // Adam's best no better than SGD's
        Summary tie = summary(ordered(1e-4, 1e-4, 1e-3), Map.of());
        assertThat(GdVsDpExperiment.ordering(CONFIG, Tuning.all(CONFIG, tie)).holds()).isFalse();
    }
}
