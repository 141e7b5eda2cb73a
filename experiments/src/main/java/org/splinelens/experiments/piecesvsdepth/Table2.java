package org.splinelens.experiments.piecesvsdepth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.splinelens.experiments.layerdynamics.DeepTraining;
import org.splinelens.experiments.runner.Agreement;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.PaperTable;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/**
 * The cells, paper tables and verdicts of {@link PiecesVsDepthExperiment}. Cells have the factors kind (result,
 * trial, init), target, depth, units and trial, empty where they do not apply.
 *
 * <p>Verdicts, each made for the counts named below:
 * <ul>
 * <li>"expressivity (the number of pieces) scales with order units, rather than ... exponential in depth": the
 * deepest net's mean below twice the shallowest's;</li>
 * <li>"variability in the number of pieces appears to increase with depth": the Brown–Forsythe reading of spread,
 * each trial's absolute deviation from its (target, depth) median, regressed on depth over all targets and trials
 * ({@link Trend}); holds when the slope passes two standard errors;</li>
 * <li>"the number of pieces will strongly correlate with number of units at initialization": at every depth,
 * Pearson's r of the mean count at initialization against the unit budgets {@code initUnits} at least 0.9; and its
 * premise, that a deeper unit induces a breakpoint "generally only ... once per unit": the induced breakpoints of the
 * training starts within 10% of the units at every depth.</li>
 * </ul>
 */
final class Table2 {
    /** FC Table 2 as printed: per depth L, the columns Sine, 5 piece poly, Sawtooth, Arctan, Exponential, Quadratic. */
    private static final Map<Integer, List<String>> PAPER = Map.of(
            1, List.of("40 ± 0", "40 ± 0", "40 ± 0", "40 ± 0", "40 ± 0", "40 ± 0"),
            2, List.of("55.5 ± 2.9", "52 ± 1.414", "50 ± .7", "49.25 ± 3.3", "51.25 ± 6.1", "49.25 ± 4.5"),
            4, List.of("68 ± 3.1", "57.25 ± 6.8", "48.5 ± 2.5", "42.5 ± 4.8", "40.25 ± 3.9", "40.25 ± 3.3"),
            5, List.of("62.25 ± 15.1", "49 ± 3.5", "44.5 ± 5.1", "38 ± 5.1", "33.75 ± 1.1", "31.5 ± 1.7"));
    private static final List<String> PAPER_TARGETS = List.of("sin-pi", "poly5", "sawtooth-period3", "arctan", "exp",
            "quadratic-ninth");
    /** Pearson's r that "strongly correlate" is read as. */
    static final double STRONG = 0.9;
    /** How far from one induced breakpoint per unit "generally only ... once per unit" is read to allow. */
    static final double ONCE = 0.1;

    private Table2() {
    }

    static Map<String, String> result(String target, int depth) {
        return CellBuilder.of("kind", "result").and("target", target).and("depth", depth).and("units", "")
                .and("trial", "").build();
    }

    static Map<String, String> ofTrial(String target, int depth, int trial) {
        return CellBuilder.of("kind", "trial").and("target", target).and("depth", depth).and("units", "")
                .and("trial", trial).build();
    }

    /** @return the cell of a protocol reading's run at a target and depth (its kind names the reading) */
    static Map<String, String> reading(Reading reading, String target, int depth) {
        return CellBuilder.of("kind", "reading " + reading.key()).and("target", target).and("depth", depth)
                .and("units", "").and("trial", "").build();
    }

    static Map<String, String> atInit(int depth, int units) {
        return CellBuilder.of("kind", "init").and("target", "").and("depth", depth).and("units", units)
                .and("trial", "").build();
    }

    /**
     * FC Table 2 beside ours in every reading of {@link PieceCount}, the paper's (induced breakpoints on ℝ: its L = 1
     * row, 40 ± 0 for 40 units, is the one count that is exactly H for every shallow net) first. A depth its table has
     * no row for (L = 3 is missing from our copy) is marked {@link PaperTable#NOT_IN_OUR_COPY}.
     */
    static List<PaperTable> tables(PiecesVsDepthConfig config, Summary summary) {
        List<PaperTable> tables = new ArrayList<>();
        for (PieceCount count : PieceCount.values()) {
            List<PaperTable.TableRow> rows = new ArrayList<>();
            for (int depth : config.depths()) {
                List<String> paper = new ArrayList<>();
                List<Summary.Stat> ours = new ArrayList<>();
                List<String> reasons = new ArrayList<>();
                for (String target : config.targets()) {
                    int column = PAPER_TARGETS.indexOf(target);
                    String cell = column < 0 ? PaperTable.NOT_IN_PAPER : PAPER.containsKey(depth)
                            ? PAPER.get(depth).get(column) : PaperTable.NOT_IN_OUR_COPY;
                    paper.add(cell);
                    ours.add(summary.stat(result(target, depth), count.metric()));
                    reasons.add(reason(config, summary, count, target, depth, cell));
                }
                rows.add(PaperTable.TableRow.compared("L = " + depth, paper, ours, reasons));
            }
            tables.add(new PaperTable("FC Table 2 (" + count.label() + "): trained nets of " + config.units()
                    + " units spread over L hidden layers", config.targets(), rows, count == PieceCount.INDUCED
                    ? "The paper's reading: its L = 1 row, 40 ± 0 for every target, is the count that is exactly H"
                    + " for a shallow net of H units; no count of pieces can be (H + 1 on ℝ, fewer on [-3, 3])."
                    + " Our copy has no L = 3 row." : "Another reading of the paper's count, beside the first table."));
        }
        return tables;
    }

    /**
     * Why a cell of {@code count} may differ. Bounds it cannot pass: a shallow net of H units has at most H + 1 pieces
     * on ℝ and no more on any interval; a count over [−3, 3] never exceeds the whole-line count. Otherwise what the
     * paper's count needs: layer 1 induces exactly one breakpoint a unit, so the rest are the deeper units' (each of
     * layer ℓ at most one more than the kinks of its pre-activation, {@code PieceCountIdentitiesTest}); how it stands
     * to our starts' count (training added or removed breakpoints); the paper's own spread where it falls with depth
     * against its text; and each protocol reading's count beside it.
     */
    static String reason(PiecesVsDepthConfig config, Summary summary, PieceCount count, String target, int depth,
            String paperCell) {
        double paper = Agreement.printedMean(paperCell);
        if (Double.isNaN(paper)) {
            return "";
        }
        Summary.Stat line = summary.stat(result(target, depth), PieceCount.PIECES.metric());
        if (depth == 1 && count == PieceCount.PIECES) {
            return String.format(Locale.ROOT, "a shallow net of %d units has at most %d pieces on ℝ, every unit's"
                    + " breakpoint counting wherever it lies; the paper's %s is its breakpoint count", config.units(),
                    config.units() + 1, paperCell);
        }
        if (count == PieceCount.PIECES_IN_DOMAIN && paper > line.mean()) {
            return String.format(Locale.ROOT, "no count over [-3, 3] can exceed the whole-line count (ours %s%s)", line,
                    depth == 1 ? String.format(Locale.ROOT, ", at most H + 1 = %d", config.units() + 1) : "");
        }
        List<String> parts = new ArrayList<>();
        Summary.Stat start = summary.stat(result(target, depth), "init_" + count.metric());
        Summary.Stat ours = summary.stat(result(target, depth), count.metric());
        if (count == PieceCount.PIECES_IN_DOMAIN && depth == 1) {
            // p pieces on an interval need p − 1 knots inside it, out of at most H
            parts.add(String.format(Locale.ROOT, "%s pieces on [-3, 3] in every trial would need %s of the %d"
                    + " units' breakpoints inside it", plain(paper), plain(paper - 1), config.units()));
        }
        int[] widths = DeepTraining.spread(config.units(), depth);
        if (depth > 1 && (count == PieceCount.INDUCED || count == PieceCount.KNOTS) && paper > ours.mean()) {
            int deeper = config.units() - widths[0];
            parts.add(String.format(Locale.ROOT, "the paper's %.4g needs %.2f breakpoints a unit of %s (ours %.2f%s)",
                    paper, (paper - widths[0]) / deeper, depth == 2 ? "layer 2" : "layers 2-" + depth,
                    (ours.mean() - widths[0]) / deeper, depth == 2 ? String.format(Locale.ROOT, "; at most %d, one"
                            + " more than the %d kinks a layer-2 pre-activation can have", widths[0] + 1, widths[0])
                            : ""));
        }
        double gap = start.twoStandardErrors(new Summary.Stat(Agreement.PAPER_TRIALS, paper,
                Agreement.printed(paperCell)[1]));
        if (depth > 1 && Math.abs(paper - start.mean()) > gap) {
            parts.add(String.format(Locale.ROOT, "the paper's %.4g is %s our starts' %s (2 SE %.3g): from starts like"
                    + " ours its training %s breakpoints, ours went from %.4g to %.4g", paper, paper < start.mean()
                            ? "below" : "above", start, gap, paper < start.mean() ? "removed" : "added", start.mean(),
                    ours.mean()));
        } else {
            parts.add(String.format(Locale.ROOT, "ours at initialization %s", start));
        }
        String spread = spreadAgainstText(target, depth);
        if (!spread.isEmpty()) {
            parts.add(spread);
        }
        for (Reading reading : config.protocolReadings()) {
            Summary.Stat stat = summary.stat(reading(reading, target, depth), count.metric());
            Agreement agreement = Agreement.of(paperCell, Agreement.PAPER_TRIALS, stat, "");
            parts.add(String.format(Locale.ROOT, "with %s %s, %s (%s)", reading.label(), stat, agreement.outcome(),
                    agreement.detail()));
        }
        return String.join("; ", parts);
    }

    /**
     * @return where the paper's sd at this depth is below its own L = 2 sd for the target, against its "variability
     *         in the number of pieces appears to increase with depth": that comparison in words, else ""
     */
    static String spreadAgainstText(String target, int depth) {
        int column = PAPER_TARGETS.indexOf(target);
        if (depth <= 2 || column < 0 || !PAPER.containsKey(depth)) {
            return "";
        }
        double sd = Agreement.printed(PAPER.get(depth).get(column))[1];
        double shallow = Agreement.printed(PAPER.get(2).get(column))[1];
        return sd < shallow ? String.format(Locale.ROOT, "the paper's sd here, %s, is below its own L = 2 sd %s,"
                + " though its text has variability increase with depth", plain(sd), plain(shallow)) : "";
    }

    static List<Verdict> verdicts(PiecesVsDepthConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        int shallow = config.depths().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int deep = config.depths().stream().mapToInt(Integer::intValue).max().orElseThrow();
        for (PieceCount count : List.of(PieceCount.INDUCED, PieceCount.PIECES, PieceCount.PIECES_IN_DOMAIN)) {
            double shallowMean = 0;
            double deepMean = 0;
            List<Verdict.Side> sides = new ArrayList<>();
            for (String target : config.targets()) {
                shallowMean += summary.stat(result(target, shallow), count.metric()).mean() / config.targets().size();
                deepMean += summary.stat(result(target, deep), count.metric()).mean() / config.targets().size();
                sides.add(Verdict.side("L = " + deep, summary.stat(result(target, deep), count.metric())));
                sides.add(Verdict.side("L = " + shallow, summary.stat(result(target, shallow), count.metric())));
            }
            verdicts.add(Verdict.compared("pieces grow with units, not exponentially with depth (" + count.label()
                    + ": the deepest net below twice the shallowest)", deepMean < 2 * shallowMean,
                    String.format(Locale.ROOT, "mean over targets %.1f at %d layers vs %.1f at %d layer(s); %d units",
                            deepMean, deep, shallowMean, shallow, config.units()), sides));
        }
        if (config.depths().size() > 1 && config.trials() > 2) {
            for (PieceCount count : List.of(PieceCount.INDUCED, PieceCount.PIECES_IN_DOMAIN)) {
                verdicts.add(variability(config, summary, count));
            }
        }
        verdicts.addAll(atInitialization(config, summary));
        return verdicts;
    }

    /** The Brown–Forsythe trend of spread on depth, pooled over targets (see the class comment). */
    static Verdict variability(PiecesVsDepthConfig config, Summary summary, PieceCount count) {
        List<double[]> points = new ArrayList<>();
        StringBuilder sds = new StringBuilder("sd over trials, mean over targets, by depth:");
        List<Verdict.Side> sides = new ArrayList<>();
        for (int depth : config.depths()) {
            double sd = 0;
            for (String target : config.targets()) {
                double[] values = new double[config.trials()];
                int n = 0;
                for (int t = 0; t < config.trials(); t++) {
                    Map<String, String> cell = ofTrial(target, depth, t);
                    if (summary.cells().stream().anyMatch(c -> c.levels().equals(cell))) {
                        double v = summary.stat(cell, count.metric()).mean();
                        if (!Double.isNaN(v)) {
                            values[n++] = v;
                        }
                    }
                }
                double[] kept = Arrays.copyOf(values, n);
                double median = median(kept);
                for (double v : kept) {
                    points.add(new double[] {depth, Math.abs(v - median)});
                }
                sd += summary.stat(result(target, depth), count.metric()).sd() / config.targets().size();
                sides.add(Verdict.side("L = " + depth, summary.stat(result(target, depth), count.metric())));
            }
            sds.append(String.format(Locale.ROOT, " %d: %.3g;", depth, sd));
        }
        Trend trend = Trend.of(points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
        sds.setLength(sds.length() - 1);
        return Verdict.compared("variability in the number of pieces increases with depth (" + count.label() + ")",
                trend.rising(), String.format(Locale.ROOT, "%s; absolute deviation from the (target, depth) median"
                        + " against depth: slope %.3g per layer vs 2 SE %.2g over %d runs", sds, trend.slope(),
                        2 * trend.standardError(), trend.points()), sides, trend.slope(), trend.standardError());
    }

    /** The at-initialization verdicts (see the class comment). */
    static List<Verdict> atInitialization(PiecesVsDepthConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        double[] budgets = config.initUnits().stream().mapToDouble(Integer::doubleValue).toArray();
        if (budgets.length > 2) {
            boolean strong = true;
            StringBuilder evidence = new StringBuilder("pieces on ℝ at initialization against units "
                    + config.initUnits() + ":");
            // each count is a mean over initNetworks fresh nets, nothing trained or diverged: scalars, not sides
            List<Double> numbers = new ArrayList<>();
            for (int depth : config.depths()) {
                double[] counts = new double[budgets.length];
                for (int k = 0; k < budgets.length; k++) {
                    counts[k] = summary.stat(atInit(depth, (int) budgets[k]), PieceCount.PIECES.metric()).mean();
                    numbers.add(counts[k]);
                }
                Trend trend = Trend.of(budgets, counts);
                numbers.add(trend.correlation());
                strong &= trend.correlation() >= STRONG;
                evidence.append(String.format(Locale.ROOT, " L = %d: %s, r %.4f, %.3g per unit;", depth,
                        Arrays.toString(Arrays.stream(counts).map(c -> Math.round(c * 10) / 10.0).toArray()),
                        trend.correlation(), trend.slope()));
            }
            evidence.setLength(evidence.length() - 1);
            verdicts.add(Verdict.of("the number of pieces strongly correlates with the number of units at"
                    + " initialization (r >= " + STRONG + " at every depth)", strong, evidence.toString(),
                    numbers.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        boolean once = true;
        StringBuilder evidence = new StringBuilder("induced breakpoints per unit of the training starts ("
                + config.units() + " units), mean over targets:");
        List<Verdict.Side> sides = new ArrayList<>();
        for (int depth : config.depths()) {
            double perUnit = 0;
            for (String target : config.targets()) {
                perUnit += summary.stat(result(target, depth), "init_" + PieceCount.INDUCED.metric()).mean()
                        / config.units() / config.targets().size();
                sides.add(Verdict.side("L = " + depth, summary.stat(result(target, depth), "init_"
                        + PieceCount.INDUCED.metric())));
            }
            once &= Math.abs(perUnit - 1) <= ONCE;
            evidence.append(String.format(Locale.ROOT, " L = %d: %.3f;", depth, perUnit));
        }
        evidence.setLength(evidence.length() - 1);
        verdicts.add(Verdict.compared("at initialization a unit induces a breakpoint generally only once (within "
                + Math.round(ONCE * 100) + "% of one per unit at every depth)", once, evidence.toString(), sides));
        return verdicts;
    }

    /** @return {@code value} as printed, without trailing zeros ("40", not "40.00") */
    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : 0.5 * (sorted[m - 1] + sorted[m]);
    }
}
