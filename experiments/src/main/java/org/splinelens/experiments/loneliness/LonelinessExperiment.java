package org.splinelens.experiments.loneliness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.TrialCost;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.InitializerPlugin;
import org.splinelens.losssurface.partition.DataPartition;

/**
 * Fig 11: the fraction of data points alone in their piece of the partition induced by the initial breakpoints,
 * against H/N, for each initializer, beside the exact curve for equally spaced breakpoints spanning uniform data,
 * {@code (1 − 1/(H − 1))^{N − 1}} (a point is alone when the other N − 1 miss its cell; ERRATA E7).
 */
public final class LonelinessExperiment extends Experiment<LonelinessConfig> {
    static final String EXACT = "equally-spaced (exact)";

    public LonelinessExperiment() {
        super("loneliness", "Fig 11: fraction of data points alone in their piece vs H/N at initialization",
                LonelinessConfig.class,
                new LonelinessConfig(10, List.of(1.0, 4.0, 16.0), List.of("he-normal", "uniform-breakpoints"), 20),
                new LonelinessConfig(20, List.of(0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0),
                        List.of("he-normal", "uniform-breakpoints"), 200));
    }

    @Override
    public int trials(LonelinessConfig config) {
        return config.trials();
    }

    @Override
    public void validate(LonelinessConfig config, PluginRegistry plugins) {
        for (String init : config.inits()) {
            if (!plugins.plugins(InitializerPlugin.class).containsKey(init)) {
                throw new IllegalArgumentException("inits: unknown initializer " + Excerpt.of(init) + "; known: "
                        + plugins.plugins(InitializerPlugin.class).keySet());
            }
        }
    }

    /**
     * A trial draws inits × ratios shallow nets of width H = round(ratio · N) and partitions the N points by their
     * breakpoints (a sort of H).
     */
    @Override
    public WorkEstimate estimate(LonelinessConfig config, PluginRegistry plugins) {
        double most = config.ratios().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double widest = Math.max(1, Math.rint(most * config.dataPoints()));
        String what = "dataPoints " + config.dataPoints() + " and ratios up to " + most + " (H = " + (long) widest
                + ")";
        Limits.arrayLength(what, "parameters (3H + 1)", 3 * widest + 1);
        double units = 0;
        for (double ratio : config.ratios()) {
            units += Math.max(1, Math.rint(ratio * config.dataPoints()));
        }
        double sort = Math.log(Math.max(2, widest)) / Math.log(2);
        return TrialCost.data(config.dataPoints()).with(new TrialCost(8 * 8 * widest,
                config.inits().size() * units * (20 + 3 * sort)))
                .with(TrialCost.rows((config.inits().size() + 1.0) * config.ratios().size())).estimate(what);
    }

    @Override
    public List<Row> trial(LonelinessConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        int n = config.dataPoints();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = -1 + 2 * random.nextDouble();
            y[k] = Math.sin(Math.PI * x[k]);
        }
        Arrays.sort(x);
        Dataset data = new Dataset(x, y);
        List<Row> rows = new ArrayList<>();
        for (String init : config.inits()) {
            InitializerPlugin factory = plugins.plugin(InitializerPlugin.class, init);
            for (double ratio : config.ratios()) {
                int width = width(ratio, n);
                ShallowNetwork net = factory.create(Map.of()).shallow(width, data, random);
                double lonely = (double) DataPartition.of(net, x).lonelyPoints() / n;
                rows.add(row(init, ratio, lonely));
            }
        }
        for (double ratio : config.ratios()) {
            int width = width(ratio, n);
            double exact = width < 2 ? 0 : Math.pow(1 - 1.0 / (width - 1), n - 1);
            rows.add(row(EXACT, ratio, exact));
        }
        return rows;
    }

    private static int width(double ratio, int n) {
        return Math.max(1, (int) Math.round(ratio * n));
    }

    private static Row row(String init, double ratio, double lonely) {
        return new Row(cell(init, ratio), Map.of("lonelyFraction", lonely));
    }

    /** Fig 11's claim: massive overparametrization makes lonely partitions likely — most points alone at the top ratio. */
    @Override
    public List<Verdict> verdicts(LonelinessConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        double low = config.ratios().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = config.ratios().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        for (String init : config.inits()) {
            Summary.Stat atLow = summary.stat(cell(init, low), "lonelyFraction");
            Summary.Stat atHigh = summary.stat(cell(init, high), "lonelyFraction");
            boolean holds = atHigh.mean() > atLow.mean() && atHigh.mean() >= 0.8;
            verdicts.add(new Verdict(String.format(Locale.ROOT,
                    "%s: overparametrization makes data points lonely (most alone at H/N = %s)", init, high), holds,
                    String.format(Locale.ROOT, "lonely fraction %s at H/N = %s vs %s at H/N = %s", atHigh, high,
                            atLow, low)));
        }
        return verdicts;
    }

    @Override
    public List<Figure> figures(LonelinessConfig config, Summary summary) {
        List<String> curves = new ArrayList<>(config.inits());
        curves.add(EXACT);
        double[] ratios = config.ratios().stream().mapToDouble(Double::doubleValue).toArray();
        List<Series> series = new ArrayList<>();
        for (String init : curves) {
            series.add(Series.of(init, ratios, ratio -> cell(init, ratio), summary, "lonelyFraction",
                    !init.equals(EXACT)));
        }
        return List.of(new Figure("lonely-fraction", "Fig 11: data points alone in their piece vs H/N (N = "
                + config.dataPoints() + ")", "H / N", "fraction of lonely data points", true, series));
    }

    private static Map<String, String> cell(String init, double ratio) {
        return CellBuilder.of("init", init).and("ratio", ratio).build();
    }
}
