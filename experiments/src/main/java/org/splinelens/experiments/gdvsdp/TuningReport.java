package org.splinelens.experiments.gdvsdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;

/**
 * The tuning in the report: the budget, every setting's final training MSE at the widest net with the best of each
 * method marked (a table), and the MSE against the learning rate (a figure).
 */
final class TuningReport {
    /** Marks the chosen setting of a method in the table. */
    static final String BEST = " * best";

    private TuningReport() {
    }

    /** @return the budget every gradient method got: settings, epochs, trials and the grids */
    static String budget(GdVsDpConfig config) {
        return String.format(Locale.ROOT, "%d settings per method, each trained %d epochs at every width in %d"
                + " trial(s); grids: GD lr %s (per unit), Adam lr %s, SGD + batch norm lr %s (per unit)"
                + " × batch size %s",
                config.budget(), config.epochs(), config.trials(), config.gdLrs(), config.adamLrs(), config.sgdLrs(),
                config.batchSizes());
    }

    /** @return one row per setting of every method, the best of each marked {@link #BEST} */
    static PaperTable table(GdVsDpConfig config, Summary summary) {
        int widest = config.widths().get(config.widths().size() - 1);
        List<PaperTable.TableRow> rows = new ArrayList<>();
        for (Tuning tuning : Tuning.all(config, summary)) {
            for (Tuning.Graded graded : tuning.grid()) {
                boolean best = tuning.best().filter(graded.setting()::equals).isPresent();
                String label = tuning.method() + ", " + graded.setting().label() + (best ? BEST : "");
                rows.add(new PaperTable.TableRow(label, List.of("not stated"),
                        List.of(outcome(graded, config.trials()))));
            }
        }
        return new PaperTable(String.format(Locale.ROOT, "Tuning with the same budget: %s. Final training MSE at"
                + " H = %d (%d pieces), mean ± sd over the trials; each method's best (least mean MSE among the"
                + " settings that did not diverge at this width) marked *; the papers state no settings",
                budget(config), widest, widest + 1), List.of("final MSE"), rows);
    }

    private static String outcome(Tuning.Graded graded, int trials) {
        Summary.Stat mse = graded.mse();
        String narrower = graded.narrower().isEmpty() ? "" : "; diverged at H = " + graded.narrower();
        if (graded.diverged()) {
            return String.format(Locale.ROOT, "diverged in %d of %d trials", trials - mse.count(), trials) + narrower;
        }
        return String.format(Locale.ROOT, "%.4g ± %.2g", mse.mean(), mse.sd()) + narrower;
    }

    /**
     * @return {@code metric} (mean ± sd over the trials) of {@code method} against the available pieces H + 1, at each
     *         width from the setting of least mean MSE there that did not diverge (no point where all did)
     */
    static Series curve(GdVsDpConfig config, Summary summary, String method, String metric) {
        List<double[]> points = new ArrayList<>();
        for (int width : config.widths()) {
            Tuning.bestAt(config, method, summary, width).ifPresent(setting -> {
                Summary.Stat stat = summary.stat(setting.cell(width + 1), metric);
                points.add(new double[] {width + 1, stat.mean(), stat.sd()});
            });
        }
        return new Series(Setting.title(method) + " (best per width)", points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray(), points.stream().mapToDouble(p -> p[2]).toArray());
    }

    /** @return the final MSE at the widest net against the learning rate, a curve per method and batch size */
    static Figure figure(GdVsDpConfig config, Summary summary) {
        List<Series> curves = new ArrayList<>();
        for (Tuning tuning : Tuning.all(config, summary)) {
            List<Integer> batches = tuning.grid().stream().map(g -> g.setting().batchSize()).distinct().toList();
            for (int batch : batches) {
                List<Tuning.Graded> curve = tuning.grid().stream().filter(g -> g.setting().batchSize() == batch)
                        .toList();
                double[] lr = curve.stream().mapToDouble(g -> g.setting().lr()).toArray();
                double[] mse = curve.stream().mapToDouble(g -> g.diverged() ? Double.NaN : g.mse().mean()).toArray();
                String name = Setting.title(tuning.method()) + (batch == Setting.FULL_BATCH ? "" : ", batch " + batch);
                curves.add(new Series(name, lr, mse, null));
            }
        }
        int widest = config.widths().get(config.widths().size() - 1);
        return new Figure("tuning", String.format(Locale.ROOT, "final training MSE at H = %d vs the learning rate"
                + " (diverged: left out)", widest), "learning rate (GD, SGD: per unit)", "training MSE",
                true, true, curves);
    }
}
