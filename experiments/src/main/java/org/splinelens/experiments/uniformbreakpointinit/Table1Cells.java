package org.splinelens.experiments.uniformbreakpointinit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.splinelens.core.spline.LineFit;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.core.targets.Targets;
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
    /**
     * Table 1 as printed (both papers), per target: standard, uniform; sin-pi is compared with the sine column (the
     * reading that Table 1's "Sine" is App. 3.2's sin(πx)).
     */
    private static final Map<String, List<String>> PAPER = Map.of(
            "sin", List.of("4.096 ± 2.25", "2.280 ± .457"),
            "quadratic", List.of(".1032 ± .0404", ".1118 ± .0248"),
            "sin-pi", List.of("4.096 ± 2.25", "2.280 ± .457"));

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
                String label = target.equals(SINE_PI) ? "sin(πx) as the sine, " : target + ", ";
                rows.add(PaperTable.TableRow.compared(label + reading.label(), paper, ours, reasons));
            }
        }
        return new PaperTable("Table 1 (= FC Table 1): test loss, standard vs uniform-breakpoint init, by loss reading",
                config.inits(), rows, "Each loss reading trains its own nets from the same starts (the step of a loss"
                + " c·½Σe² at lr η is that of ½Σe² at c·η) and reports the loss in its own units; test set: the"
                + " midpoints of the training grid. The first reading is the preset's (FC Sec 2.3's ℓ). The sin(πx)"
                + " rows read Table 1's \"Sine\" as FC App. 3.2's sine, sin(πx), on the same [−2, 2] (FC Sec 3 names"
                + " sin(x)).");
    }

    /**
     * Why our cell may differ, from the numbers, each part shown only when its premise holds and marked proven (a
     * closed form or bound, tested) or measured (our runs):
     * <ul>
     * <li>under a mean loss, whether the paper's value exceeds the mean loss of the start, which GD at a stable step
     * only lowers, or else how little the start moved (a mean over N points steps N/2 times shorter than ½Σe²);</li>
     * <li>under a sum, where the paper's mean lies against the least-squares line's test loss ({@link #lineLoss}):
     * above {@link #LINE_SHARE} of it while ours is below, the paper's nets left much of a straight line's error;</li>
     * <li>whether the cells of another target of the same reading agree (then the loss scale is not the cause);</li>
     * <li>for sin, whether both sin-pi cells of the same reading agree with the paper's sine column (App. 3.2 trains
     * sin(πx) as its tables' "Sine");</li>
     * <li>which other loss readings' cells of the same target and init agree.</li>
     * </ul>
     * Without any of these, the direction of the difference.
     */
    static String reason(UniformBreakpointInitConfig config, Summary summary, String target, LossReading reading,
            String init, String paperCell) {
        double paper = Agreement.printedMean(paperCell);
        if (Double.isNaN(paper)) {
            return "";
        }
        Summary.Stat start = summary.stat(result(target, reading.key(), init), "startLoss");
        Summary.Stat end = summary.stat(result(target, reading.key(), init), "trainLoss");
        Summary.Stat ours = summary.stat(result(target, reading.key(), init), "testLoss");
        List<String> reasons = new ArrayList<>();
        if (reading == LossReading.MEAN) {
            reasons.add(paper > start.mean() ? String.format(Locale.ROOT, "measured: as a mean e² the paper's %.4g"
                    + " exceeds the start's loss %.3g, which GD at this step only lowers", paper, start.mean())
                    : String.format(Locale.ROOT, "a mean over N points steps N/2 times shorter than ½Σe²: GD moved"
                    + " the loss from %.3g to %.3g (measured)", start.mean(), end.mean()));
        } else {
            TargetFunction f = Targets.all().stream().filter(t -> t.name().equals(target)).findFirst().orElse(null);
            double line = f == null ? Double.NaN : lineLoss(f::value, reading, config);
            if (paper > LINE_SHARE * line && ours.mean() < LINE_SHARE * line) {
                reasons.add(String.format(Locale.ROOT, "proven: the least-squares line through %s has test loss %.4g"
                        + " in these units, and the paper's mean is %.2g of it — its nets left much of a straight"
                        + " line's error; measured: ours %.2g of it", target, line, paper / line, ours.mean() / line));
            }
            List<String> agreeing = new ArrayList<>();
            for (String other : config.targets()) {
                if (!other.equals(target) && PAPER.containsKey(other) && !PAPER.get(other).equals(PAPER.get(target))
                        && agrees(config, summary, other, other, reading)) {
                    agreeing.add(other);
                }
            }
            if (!agreeing.isEmpty()) {
                reasons.add("measured: the " + String.join(", ", agreeing) + " cells of the same reading agree, so the"
                        + " loss scale is not the cause");
            }
        }
        if (target.equals("sin") && config.targets().contains(SINE_PI) && agrees(config, summary, SINE_PI, "sin",
                reading)) {
            reasons.add(String.format(Locale.ROOT, "measured: both sin-pi cells of this reading agree with the"
                    + " paper's sine column (%s, %s): FC App. 3.2 trains sin(πx) as its tables' \"Sine\"",
                    summary.stat(result(SINE_PI, reading.key(), config.inits().get(0)), "testLoss"),
                    summary.stat(result(SINE_PI, reading.key(), config.inits().get(config.inits().size() - 1)),
                            "testLoss")));
        }
        List<String> readings = new ArrayList<>();
        for (LossReading other : config.readings()) {
            Summary.Stat theirs = summary.stat(result(target, other.key(), init), "testLoss");
            if (other != reading && Agreement.of(paperCell, Agreement.PAPER_TRIALS, theirs, "").agrees()) {
                readings.add(other.key() + " " + theirs);
            }
        }
        if (!readings.isEmpty()) {
            reasons.add("measured: agrees under reading " + String.join(", ", readings));
        }
        if (reasons.isEmpty()) {
            reasons.add(ours.mean() < paper ? String.format(Locale.ROOT, "GD fits this target better from this start"
                    + " than the paper's did (test loss %.3g times lower; measured, no cause found)",
                    paper / ours.mean()) : String.format(Locale.ROOT, "our fits are worse (test loss %.3g times"
                    + " higher; measured, no cause found)", ours.mean() / paper));
        }
        return String.join("; ", reasons);
    }

    /** A sum-reading cell gets the line reason when the paper's mean is above this share of the line's loss. */
    static final double LINE_SHARE = 0.1;
    private static final String SINE_PI = "sin-pi";

    /** @return whether every init's cell of {@code target} agrees with the paper's column of {@code column} */
    private static boolean agrees(UniformBreakpointInitConfig config, Summary summary, String target, String column,
            LossReading reading) {
        List<String> printed = PAPER.get(column);
        boolean all = printed != null;
        for (int k = 0; all && k < config.inits().size() && k < printed.size(); k++) {
            Summary.Stat ours = summary.stat(result(target, reading.key(), config.inits().get(k)), "testLoss");
            all = Agreement.of(printed.get(k), Agreement.PAPER_TRIALS, ours, "").agrees();
        }
        return all;
    }

    /**
     * The test loss, in the reading's units, of the least-squares line through {@code f} on the test set (the
     * midpoints of the training grid): {@code c · ½ min_{a,b} Σ (f(x) − a x − b)²} ({@link LineFit}). No net that
     * follows the target at least as well as a line has a larger one.
     */
    static double lineLoss(DoubleUnaryOperator f, LossReading reading, UniformBreakpointInitConfig config) {
        double[] x = UniformBreakpointInitExperiment.midpoints(UniformBreakpointInitExperiment.trainingGrid(config));
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            y[n] = f.applyAsDouble(x[n]);
        }
        return reading.factor(x.length) * 0.5 * LineFit.of(x, y).rss();
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
