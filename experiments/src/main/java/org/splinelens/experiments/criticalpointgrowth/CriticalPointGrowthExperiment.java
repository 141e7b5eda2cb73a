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
 * and H. Claim: the count grows at least polynomially in both.
 */
public final class CriticalPointGrowthExperiment extends Experiment<CriticalPointGrowthConfig> {

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
        TrialCost trial = TrialCost.rows(config.dataPoints().size() + config.widths().size());
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
        for (int n : config.dataPoints()) {
            rows.add(row("N", n, config.fixedWidth(), census(n, config.fixedWidth(), config, random)));
        }
        for (int h : config.widths()) {
            rows.add(row("H", config.fixedDataPoints(), h, census(config.fixedDataPoints(), h, config, random)));
        }
        return rows;
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

    @Override
    public List<Verdict> verdicts(CriticalPointGrowthConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        int firstN = config.dataPoints().get(0);
        int lastN = config.dataPoints().get(config.dataPoints().size() - 1);
        Summary.Stat a = summary.stat(cell("N", firstN, config.fixedWidth()), "critical");
        Summary.Stat b = summary.stat(cell("N", lastN, config.fixedWidth()), "critical");
        verdicts.add(new Verdict("critical partitions grow with N", b.mean() > a.mean(), String.format(Locale.ROOT,
                "%s at N = %d vs %s at N = %d (H = %d)", b, lastN, a, firstN, config.fixedWidth())));
        int firstH = config.widths().get(0);
        int lastH = config.widths().get(config.widths().size() - 1);
        Summary.Stat c = summary.stat(cell("H", config.fixedDataPoints(), firstH), "critical");
        Summary.Stat d = summary.stat(cell("H", config.fixedDataPoints(), lastH), "critical");
        verdicts.add(new Verdict("critical partitions grow with H", d.mean() > c.mean(), String.format(Locale.ROOT,
                "%s at H = %d vs %s at H = %d (N = %d)", d, lastH, c, firstH, config.fixedDataPoints())));
        return verdicts;
    }

    @Override
    public List<Figure> figures(CriticalPointGrowthConfig config, Summary summary) {
        return List.of(figure(config, summary, "N"), figure(config, summary, "H"));
    }

    private static Figure figure(CriticalPointGrowthConfig config, Summary summary, String sweep) {
        List<Integer> values = sweep.equals("N") ? config.dataPoints() : config.widths();
        double[] x = values.stream().mapToDouble(Integer::doubleValue).toArray();
        double[] critical = new double[x.length];
        double[] all = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            Map<String, String> cell = sweep.equals("N") ? cell("N", values.get(k), config.fixedWidth())
                    : cell("H", config.fixedDataPoints(), values.get(k));
            critical[k] = summary.stat(cell, "log10Critical").mean();
            all[k] = Math.log10(summary.stat(cell, "partitions").mean());
        }
        String fixed = sweep.equals("N") ? "H = " + config.fixedWidth() : "N = " + config.fixedDataPoints();
        return new Figure("critical-vs-" + sweep.toLowerCase(Locale.ROOT), "Fig 7: critical partitions vs " + sweep
                + " (" + fixed + "), log10", sweep, "log10 count", false, List.of(
                        new Series("critical partitions", x, critical, null),
                        new Series("all partitions C(N+H, H)", x, all, null)));
    }
}
