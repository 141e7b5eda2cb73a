package org.splinelens.experiments.spikyinit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.core.targets.Targets;
import org.splinelens.experiments.runner.Agreement;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.Summary;

/** Table 3 of both papers beside ours, cell by cell, and the readings' shallow cells beside the same numbers. */
final class Table3 {
    /** Table 3 as printed (FC's arctan digits): Shallow, Spiky Shallow, Deep, Spiky Deep per target. */
    static final Map<String, List<String>> PAPER = Map.of(
            "sin", List.of("42.95 ± 6.406", "157.5 ± 60.27", "31.48 ± 7.078", "122.0 ± 128.2"),
            "arctan", List.of(".01252 ± .07650", "2.499 ± 1.257", "0.9795 ± 0.9355", "32.57 ± 26.10"),
            "sawtooth", List.of("156.9 ± 12.45", "150.1 ± 61.48", "148.1 ± 8.755", "198.0 ± 170.9"),
            "cubic", List.of("3.608 ± 1.683", "136.7 ± 124.1", "56.77 ± 98.91", "191.6 ± 114.1"),
            "quadratic", List.of("3.559 ± 4.553", "150.6 ± 49.00", "1.741 ± 1.296", "46.02 ± 19.42"),
            "exp-half", List.of(".6509 ± .5928", "181.1 ± 75.36", "1.339 ± 1.292", "54.50 ± 37.77"));
    private static final List<String> INITS = List.of("standard", "spiky");

    private Table3() {
    }

    static List<PaperTable> tables(SpikyInitConfig config, Summary summary) {
        List<String> depths = SpikyInitExperiment.depths(config);
        List<PaperTable.TableRow> rows = new ArrayList<>();
        for (String target : config.targets()) {
            for (int d = 0; d < depths.size(); d++) {
                String depth = depths.get(d);
                List<String> theirs = paper(target, d);
                List<Summary.Stat> ours = new ArrayList<>();
                List<String> reasons = new ArrayList<>();
                for (int c = 0; c < INITS.size(); c++) {
                    ours.add(summary.stat(SpikyInitExperiment.cell(target, depth, INITS.get(c)), "testLoss"));
                    reasons.add(reason(config, target, depth, INITS.get(c), theirs.get(c), c, summary));
                }
                rows.add(theirs.contains(PaperTable.NOT_IN_PAPER) ? new PaperTable.TableRow(target + " (" + depth
                        + ")", theirs, ours.stream().map(Summary.Stat::toString).toList())
                        : PaperTable.TableRow.compared(target + " (" + depth + ")", theirs, ours, reasons));
            }
        }
        List<PaperTable> tables = new ArrayList<>();
        tables.add(new PaperTable("Table 3 (= FC Table 3): test loss Σ e² on the grid, standard vs spiky start",
                List.of("standard", "spiky"), rows, "Ours: GD on " + config.loss() + " loss, spiky knots "
                + config.spikyKnots() + "; test loss Σ e² over the 401 grid points of [−2, 2] (the paper's"
                + " magnitudes are sums). SRS prints arctan with fewer digits (0.013 ± 0.077, 0.980 ± 0.936) and FC a"
                + " stray '±' after 181.1 ± 75.36."));
        if (config.readings()) {
            tables.add(readings(config, summary));
        }
        return tables;
    }

    private static PaperTable readings(SpikyInitConfig config, Summary summary) {
        List<PaperTable.TableRow> rows = new ArrayList<>();
        int cells = (int) (Reading.ALL.stream().filter(r -> r.appliesTo(config)).count()
                * config.targets().stream().filter(PAPER::containsKey).count() * INITS.size());
        StringBuilder note = new StringBuilder("Shallow only; each reading changes one thing of the preset:");
        for (Reading reading : Reading.ALL) {
            if (!reading.appliesTo(config)) {
                continue;
            }
            note.append(' ').append(reading.name()).append(": ").append(reading.about()).append(';');
            for (String target : config.targets()) {
                List<String> theirs = paper(target, 0);
                List<Summary.Stat> ours = List.of(summary.stat(reading.standardCell(target), "testLoss"),
                        summary.stat(reading.cell(target, "spiky"), "testLoss"));
                String label = target + ", " + reading.name();
                // the same checks as the preset's cells, on the reading's own numbers
                List<String> reasons = theirs.contains(PaperTable.NOT_IN_PAPER) ? List.of() : List.of(
                        reason(config, target, "shallow", "standard", theirs.get(0), 0, summary,
                                reading.standardCell(target), cells, false),
                        reason(config, target, "shallow", "spiky", theirs.get(1), 1, summary,
                                reading.cell(target, "spiky"), cells, false));
                rows.add(theirs.contains(PaperTable.NOT_IN_PAPER) ? new PaperTable.TableRow(label, theirs,
                        ours.stream().map(Summary.Stat::toString).toList())
                        : PaperTable.TableRow.compared(label, theirs, ours, reasons));
            }
        }
        return new PaperTable("Table 3, shallow, under the other readings of the start and the loss",
                List.of("standard", "spiky"), rows, note.substring(0, note.length() - 1) + ".");
    }

    private static List<String> paper(String target, int depth) {
        List<String> row = PAPER.get(target);
        return row == null ? List.of(PaperTable.NOT_IN_PAPER, PaperTable.NOT_IN_PAPER)
                : row.subList(2 * depth, 2 * depth + 2);
    }

    /**
     * Why a cell differs, each part shown only when its premise holds and marked proven (a bound or closed form,
     * tested) or measured: a printed sd no five non-negative losses can have; a standard cell above the test loss of
     * the least-squares line through the target; our test loss still falling at the end while above the paper's; a
     * shallow spiky cell whose pairing with its nearest target's needs GD's fits from one start to lie further apart
     * than ours ({@link #coupling}); a spiky cell far below the paper's own spiky cells of the other targets (the spiky
     * start does not depend on the target); shallow, which of our readings agree with the paper's cell; and, when the
     * cell differs, how often a difference this large arises by chance alone ({@link Table3Checks#chance}).
     */
    static String reason(SpikyInitConfig config, String target, String depth, String init, String paperCell,
            int column, Summary summary) {
        int cells = (int) config.targets().stream().filter(PAPER::containsKey).count()
                * SpikyInitExperiment.depths(config).size() * INITS.size();
        return reason(config, target, depth, init, paperCell, column, summary,
                SpikyInitExperiment.cell(target, depth, init), cells, true);
    }

    /**
     * {@link #reason} for our cell {@code own} (the preset's, or a reading's beside it), in a table of {@code cells}
     * compared cells; {@code listReadings}: say which readings agree (the preset's table only).
     */
    static String reason(SpikyInitConfig config, String target, String depth, String init, String paperCell,
            int column, Summary summary, Map<String, String> own, int cells, boolean listReadings) {
        List<String> reasons = new ArrayList<>();
        String sd = Table3Checks.impossibleSd(paperCell, Agreement.PAPER_TRIALS);
        if (!sd.isEmpty()) {
            reasons.add(sd);
        }
        double[] ms = Agreement.printed(paperCell);
        TargetFunction f = target(target);
        Summary.Stat test = optional(summary, own, "testLoss");
        if (init.equals("standard") && ms != null && f != null && test != null) {
            double line = Table3Checks.bestLineLoss(f::value, SpikyInitExperiment.TEST_GRID);
            Summary.Stat train = optional(summary, own, "trainLoss");
            if (ms[0] - 2 * ms[1] / Math.sqrt(Agreement.PAPER_TRIALS) > line) {
                reasons.add(String.format(Locale.ROOT, "proven: the least-squares line through %s has test loss"
                        + " %.4g on the grid (closed form, tested), and the paper's mean is above it by more than 2 SE:"
                        + " its nets fit the target worse than a straight line; measured: ours %s (test loss %s, train"
                        + " loss %s)", target, line, test.mean() < line ? "beats the line" : "does not either", test,
                        train));
            }
        }
        Summary.Stat half = optional(summary, own, "testLossHalf");
        if (ms != null && test != null && half != null && test.mean() > ms[0]
                && half.mean() - test.mean() > half.twoStandardErrors(test)) {
            reasons.add(String.format(Locale.ROOT, "measured: ours is still falling (test loss %s at epoch %d, %s at"
                    + " %d, beyond 2 SE), so the cell measures how far GD got, which the step sets, and with it the"
                    + " loss's unstated scale (proven: GD on c·ℓ at rate η is GD on ℓ at c·η)", half,
                    config.epochs() / 2, test, config.epochs()));
        }
        Summary.Stat pretrain = optional(summary, own, "pretrainFvu");
        if (ms != null && test != null && pretrain != null && test.mean() < ms[0]
                && pretrain.mean() > PRETRAIN_LEFT) {
            reasons.add(String.format(Locale.ROOT, "measured: our pre-trained spiky start leaves %s of the CPWL's"
                    + " variance unexplained (the pre-training on it every %.3g of [−2, 2], %d epochs; the paper does"
                    + " not say where it samples the CPWL), so it is less spiky than the CPWL", pretrain,
                    config.pretrainStep(), config.pretrainEpochs()));
        }
        if (own.equals(SpikyInitExperiment.cell(target, "shallow", "spiky"))) {
            String coupled = coupling(target, paperCell, summary);
            if (!coupled.isEmpty()) {
                reasons.add(coupled);
            }
        }
        if (init.equals("spiky")) {
            int index = (depth.equals("shallow") ? 0 : 2) + column;
            List<String> others = PAPER.entrySet().stream().filter(e -> !e.getKey().equals(target))
                    .map(e -> e.getValue().get(index)).toList();
            String outlier = Table3Checks.outlier(paperCell, others);
            if (!outlier.isEmpty()) {
                reasons.add(outlier + "; proven: the spiky start depends on the seed alone, not on the target"
                        + " (tested)");
            }
        }
        if (listReadings && depth.equals("shallow") && config.readings()) {
            List<String> agreeing = new ArrayList<>();
            for (Reading reading : Reading.ALL) {
                if (reading.appliesTo(config)) {
                    Summary.Stat ours = summary.stat(init.equals("spiky") ? reading.cell(target, "spiky")
                            : reading.standardCell(target), "testLoss");
                    if (Agreement.of(paperCell, Agreement.PAPER_TRIALS, ours, "").agrees()) {
                        agreeing.add(reading.name() + " " + ours);
                    }
                }
            }
            reasons.add(agreeing.isEmpty() ? "no reading of ours agrees" : "agrees under reading "
                    + String.join(", ", agreeing));
        }
        if (test != null && !Agreement.of(paperCell, Agreement.PAPER_TRIALS, test, "").agrees()) {
            double p = Table3Checks.chance(paperCell, Agreement.PAPER_TRIALS, test, CHANCE_SEED);
            if (cells * p >= 1) {
                reasons.add(String.format(Locale.ROOT, "proven (simulation at these spreads, tested against Student's"
                        + " t): two sets of trials with equal means differ this much in %.1f%% of draws, %.1f of the"
                        + " table's %d cells, so this difference alone does not show the protocols differ", 100 * p,
                        cells * p, cells));
            }
        }
        return String.join("; ", reasons);
    }

    private static final long CHANCE_SEED = 3;
    /** A deep spiky cell below the paper's gets the pre-training reason when its start leaves more of the CPWL. */
    static final double PRETRAIN_LEFT = 0.25;

    /**
     * The coupling reason for a shallow spiky cell ({@link Coupling}, {@link Table3Checks#gapNeeded}): shown when the
     * paper's cells of the target and its nearest target need GD's two fits from one start to lie further apart on the
     * grid than ours do (beyond two of our standard errors).
     */
    static String coupling(String target, String paperCell, Summary summary) {
        for (Summary.CellSummary cell : summary.cells()) {
            String neighbour = cell.levels().get("coupled");
            if (neighbour == null || !cell.levels().equals(Coupling.cell(target, neighbour))
                    || !PAPER.containsKey(neighbour)) {
                continue;
            }
            TargetFunction t = target(target);
            TargetFunction n = target(neighbour);
            if (t == null || n == null) {
                return "";
            }
            double distance = Coupling.distance(t::value, n::value);
            double needed = Table3Checks.gapNeeded(paperCell, PAPER.get(neighbour).get(1), distance,
                    Agreement.PAPER_TRIALS);
            Summary.Stat gap = cell.stats().get("gap");
            if (gap != null && gap.count() >= 2 && needed > gap.mean() + 2 * gap.sd() / Math.sqrt(gap.count())) {
                return String.format(Locale.ROOT, "proven: the spiky start depends on the seed, not the target, so"
                        + " by Minkowski's inequality the paper's %s and %s (%s, its nearest target, Σ(t − n)² = %.3g)"
                        + " spiky cells need GD's fits to the two from one start to differ by Σ e² >= %.4g on the grid"
                        + " (the paper's means moved 2 SE against it); measured: ours differ by %s", target,
                        neighbour, PAPER.get(neighbour).get(1), distance, needed, gap);
            }
        }
        return "";
    }

    private static TargetFunction target(String name) {
        return Targets.all().stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    private static Summary.Stat optional(Summary summary, Map<String, String> cell, String metric) {
        for (Summary.CellSummary c : summary.cells()) {
            if (c.levels().equals(cell) && c.stats().containsKey(metric)) {
                return c.stats().get(metric);
            }
        }
        return null;
    }
}
