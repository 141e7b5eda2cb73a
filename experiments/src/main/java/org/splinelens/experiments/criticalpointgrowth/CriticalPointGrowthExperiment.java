package org.splinelens.experiments.criticalpointgrowth;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.TrialCost;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.losssurface.census.Census;
import org.splinelens.losssurface.partition.LonelyPartitions;

/**
 * Fig 7: how many of the C(N + H, H) data partitions are critical (admit a continuous piecewise-OLS fit), against N
 * and H, with a linear and a logarithmic panel each. Claim: the count grows at least polynomially in both, judged on
 * each trial's fitted power-law exponent ({@link #verdicts}).
 */
public final class CriticalPointGrowthExperiment extends Experiment<CriticalPointGrowthConfig> {
    static final String N_FIT = "N-exponent";
    static final String H_FIT = "H-exponent";

    public CriticalPointGrowthExperiment() {
        super("critical-point-growth", "Fig 7: critical partitions (continuous piecewise-OLS) vs N and H",
                CriticalPointGrowthConfig.class,
                new CriticalPointGrowthConfig(List.of(4, 6, 8, 10), List.of(1, 2, 3, 4), 3, 8, 20_000, 2000, 2),
                new CriticalPointGrowthConfig(List.of(4, 6, 8, 10, 12, 14, 16, 20), List.of(1, 2, 3, 4, 5, 6, 8), 4, 12,
                        200_000, 20_000, 5));
    }

    @Override
    public int trials(CriticalPointGrowthConfig config) {
        return config.trials();
    }

    /**
     * A trial takes a census of every (N, fixedWidth) and every (fixedDataPoints, H): exhaustive while
     * {@code C(N + H, H) <= exhaustiveLimit}, else {@code samples} partitions; each partition costs O(N + H)
     * ({@link Census#estimate}).
     */
    @Override
    public WorkEstimate estimate(CriticalPointGrowthConfig config, PluginRegistry plugins) {
        int mostPoints = Collections.max(config.dataPoints());
        int mostWidth = Collections.max(config.widths());
        String what = "dataPoints up to " + mostPoints + " at fixedWidth " + config.fixedWidth() + ", widths up to "
                + mostWidth + " at fixedDataPoints " + config.fixedDataPoints() + ", samples " + config.samples();
        Limits.arrayLength(what, "stars-and-bars slots (N + H)", Math.max((double) mostPoints + config.fixedWidth(),
                (double) config.fixedDataPoints() + mostWidth));
        TrialCost trial = TrialCost.rows(config.dataPoints().size() + config.widths().size() + 2.0);
        for (int n : config.dataPoints()) {
            trial = trial.then(census(n, config.fixedWidth(), config));
        }
        for (int h : config.widths()) {
            trial = trial.then(census(config.fixedDataPoints(), h, config));
        }
        return trial.estimate(what);
    }

    private static TrialCost census(int n, int h, CriticalPointGrowthConfig config) {
        boolean exhaustive = Census.log2Partitions(n, h) <= Math.log(config.exhaustiveLimit()) / Math.log(2);
        WorkEstimate census = Census.estimate(n, h, exhaustive ? null : config.samples(), "");
        return new TrialCost(census.bytes(), census.steps());
    }

    @Override
    public List<Row> trial(CriticalPointGrowthConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        List<Row> rows = new ArrayList<>();
        double[] counts = new double[config.dataPoints().size()];
        for (int k = 0; k < counts.length; k++) {
            int n = config.dataPoints().get(k);
            Census census = census(n, config.fixedWidth(), config, random);
            counts[k] = census.estimate();
            rows.add(row("N", n, config.fixedWidth(), census));
        }
        rows.add(fit(N_FIT, CellBuilder.of("sweep", N_FIT).and("N", "all").and("H", config.fixedWidth()).build(),
                config.dataPoints(), counts));
        List<Integer> widths = new ArrayList<>();
        List<Double> byWidth = new ArrayList<>();
        for (int h : config.widths()) {
            Census census = census(config.fixedDataPoints(), h, config, random);
            if (h > 0) { // ln H needs H > 0
                widths.add(h);
                byWidth.add(census.estimate());
            }
            rows.add(row("H", config.fixedDataPoints(), h, census));
        }
        rows.add(fit(H_FIT, CellBuilder.of("sweep", H_FIT).and("N", config.fixedDataPoints()).and("H", "all").build(),
                widths, byWidth.stream().mapToDouble(Double::doubleValue).toArray()));
        return rows;
    }

    /**
     * @return this trial's exponent of the counts against the sweep's values ({@link PowerLaw}); NaN (left out of the
     *         summary) when fewer than two values or a zero count leave no power law to fit
     */
    private static Row fit(String sweep, Map<String, String> cell, List<Integer> values, double[] counts) {
        double exponent = Double.NaN;
        boolean positive = java.util.Arrays.stream(counts).allMatch(c -> c > 0);
        if (values.stream().distinct().count() >= 2 && positive) {
            exponent = PowerLaw.exponent(values.stream().mapToDouble(Integer::doubleValue).toArray(), counts);
        }
        return new Row(cell, Map.of("exponent", exponent));
    }

    private static Census census(int n, int h, CriticalPointGrowthConfig config, RandomGenerator random) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = -1 + 2 * random.nextDouble();
            y[k] = Math.sin(3 * x[k]) + 0.3 * random.nextGaussian();
        }
        BigInteger all = LonelyPartitions.allPartitions(n, h);
        return all.compareTo(BigInteger.valueOf(config.exhaustiveLimit())) <= 0 ? Census.exhaustive(x, y, h)
                : Census.sample(x, y, h, config.samples(), random);
    }

    private static Row row(String sweep, int n, int h, Census census) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("critical", census.estimate());
        metrics.put("log10Critical", Math.log10(Math.max(1, census.estimate())));
        metrics.put("partitions", census.partitions().doubleValue());
        metrics.put("fraction", census.fraction());
        return new Row(cell(sweep, n, h), metrics);
    }

    private static Map<String, String> cell(String sweep, int n, int h) {
        return CellBuilder.of("sweep", sweep).and("N", n).and("H", h).build();
    }

    /**
     * SRS Sec 2.3 (and FC Sec 2.3): "the number of critical points grows at least polynomially in N and H". Judged
     * on each trial's power-law exponent of the census against N (at H fixed) and against H (at N fixed), mean ± two
     * standard errors over the trials. Reading (a), the preset's: a polynomial has an integer degree, and "at least
     * polynomially" means at least a polynomial of degree 1, so the exponent's lower bound must exceed 1. Reading (b):
     * any power law, the lower bound must exceed 0.
     */
    @Override
    public List<Verdict> verdicts(CriticalPointGrowthConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        Map<String, String> inN = CellBuilder.of("sweep", N_FIT).and("N", "all").and("H", config.fixedWidth()).build();
        Map<String, String> inH = CellBuilder.of("sweep", H_FIT).and("N", config.fixedDataPoints()).and("H", "all")
                .build();
        for (Map<String, String> cell : List.of(inN, inH)) {
            if (summary.cells().stream().noneMatch(c -> c.levels().equals(cell))) {
                continue;
            }
            boolean byN = cell == inN;
            String over = byN ? String.format(Locale.ROOT, "N in %s at H = %d", config.dataPoints(),
                    config.fixedWidth()) : String.format(Locale.ROOT, "H in %s at N = %d", config.widths(),
                    config.fixedDataPoints());
            Summary.Stat exponent = summary.stat(cell, "exponent");
            verdicts.add(atLeast("critical partitions grow at least polynomially in " + (byN ? "N" : "H")
                    + " (reading a: at least degree 1, the exponent's lower bound > 1)", exponent, 1, over));
            verdicts.add(atLeast("critical partitions grow at least polynomially in " + (byN ? "N" : "H")
                    + " (reading b: any power, the exponent's lower bound > 0)", exponent, 0, over));
        }
        return verdicts;
    }

    /**
     * @param exponent the trials' power-law exponents
     * @return holds when {@code mean − 2 sd/√n > floor}, with at least two finite trials
     */
    static Verdict atLeast(String claim, Summary.Stat exponent, double floor, String over) {
        double twoSe = exponent.count() < 2 ? Double.NaN : 2 * exponent.sd() / Math.sqrt(exponent.count());
        double lower = exponent.mean() - twoSe;
        return Verdict.compared(claim, lower > floor, String.format(Locale.ROOT, "log-log exponent over %s: %.3f ± %.3f"
                + " (mean ± 2 SE over %d trials, least squares of ln count on ln %s per trial), lower bound %.3f vs"
                + " %s", over, exponent.mean(), twoSe, exponent.count(), over.substring(0, 1), lower,
                floor == (int) floor ? Integer.toString((int) floor) : Double.toString(floor)),
                List.of(Verdict.side("exponent", exponent)));
    }

    /** Fig 7's two panels per sweep: the counts on linear axes (left), the same on a logarithmic count axis (right). */
    @Override
    public List<Figure> figures(CriticalPointGrowthConfig config, Summary summary) {
        return List.of(figure(config, summary, "N", false), figure(config, summary, "N", true),
                figure(config, summary, "H", false), figure(config, summary, "H", true));
    }

    private static Figure figure(CriticalPointGrowthConfig config, Summary summary, String sweep, boolean log) {
        List<Integer> values = sweep.equals("N") ? config.dataPoints() : config.widths();
        double[] x = values.stream().mapToDouble(Integer::doubleValue).toArray();
        double[] critical = new double[x.length];
        double[] sd = new double[x.length];
        double[] all = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            Map<String, String> cell = sweep.equals("N") ? cell("N", values.get(k), config.fixedWidth())
                    : cell("H", config.fixedDataPoints(), values.get(k));
            Summary.Stat stat = summary.stat(cell, "critical");
            critical[k] = stat.mean();
            sd[k] = stat.sd();
            all[k] = summary.stat(cell, "partitions").mean();
        }
        String fixed = sweep.equals("N") ? "H = " + config.fixedWidth() : "N = " + config.fixedDataPoints();
        String name = "critical-vs-" + sweep.toLowerCase(Locale.ROOT) + (log ? "" : "-linear");
        // the linear panel shows the critical count alone: beside C(N + H, H) it would be a flat line at the bottom
        List<Series> series = log ? List.of(new Series("critical partitions", x, critical, null),
                new Series("all partitions C(N+H, H)", x, all, null))
                : List.of(new Series("critical partitions (± sd)", x, critical, sd));
        return new Figure(name, "Fig 7 (" + (log ? "right, log count" : "left, linear") + "): critical partitions vs "
                + sweep + " (" + fixed + ")", sweep, "critical partitions", false, log, series)
                .withScales(Figure.Scale.LINEAR, log ? Figure.Scale.LOG : Figure.Scale.LINEAR);
    }
}
