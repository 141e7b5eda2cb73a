package org.splinelens.experiments.uniformbreakpointinit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.splinelens.experiments.runner.Agreement;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;

/**
 * The cells of {@link UniformBreakpointInitExperiment}, its paper table with the reason for each cell that differs,
 * and its loss-curve figures. Every cell has the factors kind, target, loss, init and epoch (empty for results).
 */
final class Table1Cells {
    /** Table 1 as printed (both papers), per target: standard, uniform. */
    private static final Map<String, List<String>> PAPER = Map.of(
            "sin", List.of("4.096 ± 2.25", "2.280 ± .457"),
            "quadratic", List.of(".1032 ± .0404", ".1118 ± .0248"));

    private Table1Cells() {
    }

    static Map<String, String> result(String target, String loss, String init) {
        return CellBuilder.of("kind", "result").and("target", target).and("loss", loss).and("init", init)
                .and("epoch", "").build();
    }

    static Map<String, String> curve(String target, String loss, String init, int epoch) {
        return CellBuilder.of("kind", "curve").and("target", target).and("loss", loss).and("init", init)
                .and("epoch", epoch).build();
    }

    /**
     * Table 1 beside ours, a row per target and loss reading, a column per init. A cell that differs carries the
     * reason the numbers show ({@link #reason}).
     */
    static PaperTable table(UniformBreakpointInitConfig config, Summary summary) {
        List<PaperTable.TableRow> rows = new ArrayList<>();
        for (LossReading reading : config.readings()) {
            for (String target : config.targets()) {
                List<String> paper = new ArrayList<>();
                List<Summary.Stat> ours = new ArrayList<>();
                List<String> reasons = new ArrayList<>();
                for (int k = 0; k < config.inits().size(); k++) {
                    List<String> printed = PAPER.get(target);
                    String cell = printed != null && k < printed.size() ? printed.get(k) : PaperTable.NOT_IN_PAPER;
                    String init = config.inits().get(k);
                    paper.add(cell);
                    ours.add(summary.stat(result(target, reading.key(), init), "testLoss"));
                    reasons.add(reason(config, summary, target, reading, init, cell));
                }
                rows.add(PaperTable.TableRow.compared(target + ", " + reading.label(), paper, ours, reasons));
            }
        }
        return new PaperTable("Table 1 (= FC Table 1): test loss, standard vs uniform-breakpoint init, by loss reading",
                config.inits(), rows, "Each loss reading trains its own nets from the same starts (the step of a loss"
                + " c·½Σe² at lr η is that of ½Σe² at c·η) and reports the loss in its own units; test set: the"
                + " midpoints of the training grid. The first reading is the preset's (FC Sec 2.3's ℓ).");
    }

    /**
     * Why our cell may differ, from the numbers: under a mean loss, whether the paper's value exceeds the mean loss of
     * the start, which GD at a stable step only lowers, or how little the start moved (a mean over N points takes
     * steps N/2 times smaller than ½Σe² at the same rate); under a sum, whether the other target's cells of the same
     * reading agree with the paper's (then the loss scale is not the cause).
     */
    static String reason(UniformBreakpointInitConfig config, Summary summary, String target, LossReading reading,
            String init, String paperCell) {
        Summary.Stat start = summary.stat(result(target, reading.key(), init), "startLoss");
        Summary.Stat end = summary.stat(result(target, reading.key(), init), "trainLoss");
        double paper = Agreement.printedMean(paperCell);
        if (Double.isNaN(paper)) {
            return "";
        }
        if (reading == LossReading.MEAN) {
            if (paper > start.mean()) {
                return String.format(Locale.ROOT, "as a mean e² the paper's %.4g exceeds the start's loss %.3g,"
                        + " which GD at this step only lowers", paper, start.mean());
            }
            return String.format(Locale.ROOT, "a mean over N points steps N/2 times shorter than ½Σe²: GD moved the"
                    + " loss from %.3g to %.3g", start.mean(), end.mean());
        }
        List<String> agreeing = new ArrayList<>();
        for (String other : config.targets()) {
            List<String> printed = PAPER.get(other);
            if (other.equals(target) || printed == null) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < config.inits().size() && k < printed.size(); k++) {
                Summary.Stat ours = summary.stat(result(other, reading.key(), config.inits().get(k)), "testLoss");
                all &= Agreement.of(printed.get(k), Agreement.PAPER_TRIALS, ours, "").agrees();
            }
            if (all) {
                agreeing.add(other);
            }
        }
        double ours = summary.stat(result(target, reading.key(), init), "testLoss").mean();
        String direction = ours < paper ? String.format(Locale.ROOT, "GD fits this target better from this start than"
                + " the paper's did (test loss %.3g times lower)", paper / ours) : String.format(Locale.ROOT,
                "our fits are worse (test loss %.3g times higher)", ours / paper);
        return agreeing.isEmpty() ? direction : direction + "; the " + String.join(", ", agreeing)
                + " cells of the same reading agree, so the loss scale is not the cause";
    }

    /** Per target, the mean training-loss curve of each init under the preset's reading (log axis). */
    static List<Figure> figures(UniformBreakpointInitConfig config, Summary summary) {
        LossReading reading = config.readings().get(0);
        List<Figure> figures = new ArrayList<>();
        for (String target : config.targets()) {
            List<Series> series = new ArrayList<>();
            for (String init : config.inits()) {
                List<double[]> points = new ArrayList<>();
                for (Summary.CellSummary cell : summary.cells()) {
                    Map<String, String> levels = cell.levels();
                    if (levels.get("kind").equals("curve") && levels.get("target").equals(target)
                            && levels.get("loss").equals(reading.key()) && levels.get("init").equals(init)) {
                        points.add(new double[] {Double.parseDouble(levels.get("epoch")),
                                cell.stats().get("trainLoss").mean()});
                    }
                }
                series.add(new Series(init, points.stream().mapToDouble(p -> p[0]).toArray(),
                        points.stream().mapToDouble(p -> p[1]).toArray(), null));
            }
            figures.add(new Figure("loss-curves-" + target.replaceAll("[^a-z0-9]+", "-"), "Table 1: mean training"
                    + " loss during GD on " + target + ", " + reading.label(), "epoch", "training loss", false, true,
                    series));
        }
        figures.add(byInit(config, summary, "testLoss", "test-loss-by-init", "test loss (midpoints)"));
        figures.add(byInit(config, summary, "trainLoss", "train-loss-by-init", "final training loss"));
        figures.add(byInit(config, summary, "epochsToFraction", "epochs-to-fraction-by-init", String.format(
                Locale.ROOT, "epochs to %s of the start loss", config.speedFraction())));
        return figures;
    }

    /**
     * The evidence of the verdicts: {@code metric}'s mean (± sd) for each init, a curve per target and loss reading
     * (the readings differ in scale: a log axis where they span decades).
     */
    private static Figure byInit(UniformBreakpointInitConfig config, Summary summary, String metric, String name,
            String label) {
        double[] x = new double[config.inits().size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = k;
        }
        List<Series> series = new ArrayList<>();
        for (LossReading reading : config.readings()) {
            for (String target : config.targets()) {
                series.add(Series.of(target + ", " + reading.label(), x, k -> result(target, reading.key(),
                        config.inits().get((int) k)), summary, metric, true));
            }
        }
        return new Figure(name, "Table 1: " + label + " by init, per target and loss reading (means ± sd over "
                + config.trials() + " trials)", "init", label, false, series).withCategories(config.inits());
    }
}
