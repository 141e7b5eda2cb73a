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
                rows.add(theirs.contains(PaperTable.NOT_IN_PAPER) ? new PaperTable.TableRow(label, theirs,
                        ours.stream().map(Summary.Stat::toString).toList())
                        : PaperTable.TableRow.compared(label, theirs, ours));
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
     * Why a cell differs, from checks that need no training (Table3Checks, tested): a printed sd no five non-negative
     * losses can have; a standard cell above the test loss of the least-squares line through the target; a spiky cell
     * far below the paper's own spiky cells of the other targets (the spiky start does not depend on the target); and,
     * shallow, which of our readings agree with the paper's cell.
     */
    static String reason(SpikyInitConfig config, String target, String depth, String init, String paperCell,
            int column, Summary summary) {
        List<String> reasons = new ArrayList<>();
        String sd = Table3Checks.impossibleSd(paperCell, Agreement.PAPER_TRIALS);
        if (!sd.isEmpty()) {
            reasons.add(sd);
        }
        double[] ms = Agreement.printed(paperCell);
        TargetFunction f = Targets.all().stream().filter(t -> t.name().equals(target)).findFirst().orElse(null);
        if (init.equals("standard") && ms != null && f != null) {
            double line = Table3Checks.bestLineLoss(f::value, SpikyInitExperiment.TEST_GRID);
            Summary.Stat train = summary.stat(SpikyInitExperiment.cell(target, depth, init), "trainLoss");
            Summary.Stat test = summary.stat(SpikyInitExperiment.cell(target, depth, init), "testLoss");
            if (ms[0] - 2 * ms[1] / Math.sqrt(Agreement.PAPER_TRIALS) > line) {
                reasons.add(String.format(Locale.ROOT, "the paper's mean is above %.4g, the test loss of the"
                        + " least-squares line through %s on the grid: its net fits the target worse than a"
                        + " straight line, ours %s (our test loss %s, train loss %s)", line, target,
                        test.mean() < line ? "beats the line" : "does not either", test, train));
            }
        }
        if (init.equals("spiky")) {
            int index = (depth.equals("shallow") ? 0 : 2) + column;
            List<String> others = PAPER.entrySet().stream().filter(e -> !e.getKey().equals(target))
                    .map(e -> e.getValue().get(index)).toList();
            String outlier = Table3Checks.outlier(paperCell, others);
            if (!outlier.isEmpty()) {
                reasons.add(outlier + "; the spiky start does not depend on the target");
            }
        }
        if (depth.equals("shallow") && config.readings()) {
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
        return String.join("; ", reasons);
    }
}
