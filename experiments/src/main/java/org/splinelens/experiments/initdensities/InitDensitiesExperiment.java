package org.splinelens.experiments.initdensities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.JDKRandomGenerator;
import org.splinelens.core.deep.BasisFunctions;
import org.splinelens.core.deep.DeepBreakpointAnalysis;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.deep.LayerBreakpoints;
import org.splinelens.core.deep.UnitBreakpoints;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.TrialCost;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.Initializer;
import org.splinelens.init.InitializerPlugin;
import org.splinelens.init.theory.InitTheory;

/**
 * Breakpoint and delta-slope densities per layer at initialization. Claims ('functional characterization' Sec 3):
 * layer-1 breakpoints follow Cor 1 (Kolmogorov–Smirnov distance below the 5% critical value), and "(ii) as depth
 * increases, delta-slopes have lower variance" (FC Fig 1 right), judged in three readings side by side:
 * (a) each unit's attribution to the output, the change of the output's slope when that unit alone switches at its
 * breakpoint ({@code UnitBreakpoints.deltaSlopes}), pooled per layer of one network (cells {@code kind = layer});
 * (b) the basis functions, each unit's own {@code x_i^{(ℓ)}(x)} and {@code z_i^{(ℓ)}(x)}; (c) the output of separate
 * networks of 1, 2, 3 hidden layers. (b) and (c) are defined in {@code DepthReadings}. The readings are made, each
 * with its verdict, for every initializer of {@code readingInits} (He-normal and PyTorch's default in both presets);
 * the histograms and Cor 1 for {@code init} alone. Cells are keyed {@code kind, init, layer, bin}.
 */
public final class InitDensitiesExperiment extends Experiment<InitDensitiesConfig> {
    /** FC Fig 1's caption's He, and the appendix's "pytorch default of He initialization". */
    private static final List<String> READING_INITS = List.of("he-normal", "pytorch-default");

    public InitDensitiesExperiment() {
        super("init-densities", "Fig 5 / FC Fig 1: breakpoint and delta-slope densities per layer vs Cor 1",
                InitDensitiesConfig.class,
                new InitDensitiesConfig("he-normal", List.of(8, 8), 100, 4, 24, 2, List.of(1, 2, 3),
                        READING_INITS),
                // FC Fig 1: "a 3 layer network", 2 hidden layers by the appendix's count (App. 3.1.2: "5 layer
                // network, with 4 hidden layers"); depths 3 (the literal reading) and 4 (our earlier preset) beside it
                new InitDensitiesConfig("he-normal", List.of(8, 8), 2000, 4, 40, 5, List.of(1, 2, 3, 4),
                        READING_INITS));
    }

    @Override
    public int trials(InitDensitiesConfig config) {
        return config.trials();
    }

    @Override
    public void validate(InitDensitiesConfig config, PluginRegistry plugins) {
        InitializerPlugin factory = plugins.plugins(InitializerPlugin.class).get(config.init());
        if (factory == null) {
            throw new IllegalArgumentException("init: unknown initializer " + Excerpt.of(config.init()));
        }
        if (theory(factory, config).isEmpty()) {
            throw new IllegalArgumentException("init: " + Excerpt.of(config.init())
                    + " has no Thm 1 law to compare with");
        }
        for (String init : config.readingInits()) {
            if (!plugins.plugins(InitializerPlugin.class).containsKey(init)) {
                throw new IllegalArgumentException("readingInits: unknown initializer " + Excerpt.of(init));
            }
        }
    }

    private static Optional<InitTheory> theory(InitializerPlugin factory, InitDensitiesConfig config) {
        return factory.theory(Map.of(), config.widths().get(0));
    }

    /**
     * A trial draws the networks and analyses each exactly ({@link TrialCost#deepBreakpoints}), pooling every
     * breakpoint and delta-slope as boxed numbers (at least one a unit), then bins them: rows of 2 × bins a layer.
     * Reading (b) computes each network's basis functions (the same grid again); reading (c) draws and analyses
     * {@code networks} more networks of each depth. Every other initializer of {@code readingInits} repeats all of
     * this but the binning.
     */
    @Override
    public WorkEstimate estimate(InitDensitiesConfig config, PluginRegistry plugins) {
        int[] widths = config.widths().stream().mapToInt(Integer::intValue).toArray();
        double units = config.widths().stream().mapToDouble(Integer::doubleValue).sum();
        double pooled = (double) config.networks() * units;
        String what = "widths " + config.widths() + ", " + config.networks() + " networks, " + config.bins()
                + " bins";
        Limits.arrayLength(what, "pooled breakpoints", pooled);
        Limits.arrayLength(what, "parameters", TrialCost.parameters(widths));
        TrialCost acrossDepth = TrialCost.NONE;
        for (int depth : config.depths()) {
            acrossDepth = acrossDepth.with(TrialCost.deepBreakpoints(config.widthsOfDepth(depth)).times(2));
        }
        TrialCost readings = TrialCost.deepBreakpoints(widths).times(2.0 * config.networks())
                .with(acrossDepth.times(config.networks()))
                .with(new TrialCost(2 * 40 * pooled, 20 * pooled))
                .with(TrialCost.rows(2.0 * widths.length + config.depths().size()));
        return readings.times(config.readingInits().size())
                .with(TrialCost.rows(2.0 * widths.length * config.bins())).estimate(what + ", readings of "
                        + config.readingInits());
    }

    /**
     * Draws the networks of {@code init}, its histograms, Cor 1 and readings, then those of each other initializer of
     * {@code readingInits}, in their order, from the same generator: the first draws never depend on the others.
     */
    @Override
    public List<Row> trial(InitDensitiesConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        InitializerPlugin factory = plugins.plugin(InitializerPlugin.class, config.init());
        Initializer initializer = factory.create(Map.of());
        int layers = config.widths().size();
        Sample sample = Sample.draw(config, initializer, random);
        // only the density and cdf are used; the generator the law needs for sampling stays untouched
        InitTheory theory = theory(factory, config).orElseThrow();
        RealDistribution law = theory.breakpoints(new JDKRandomGenerator(0));
        // with one hidden layer a unit's delta-slope is s·w·v, whose law (symmetric) is Thm 1's
        RealDistribution slopeLaw = layers == 1 ? theory.deltaSlopes(new JDKRandomGenerator(0)) : null;
        List<Row> rows = new ArrayList<>();
        double width = 2 * config.range() / config.bins();
        for (int l = 0; l < layers; l++) {
            double[] histogram = histogram(sample.breakpoints(l), config.range(), config.bins());
            double[] slopes = histogram(sample.deltaSlopes(l), config.range(), config.bins());
            for (int b = 0; b < config.bins(); b++) {
                double centre = -config.range() + (b + 0.5) * width;
                Map<String, Double> metrics = new LinkedHashMap<>();
                metrics.put("density", histogram[b]);
                metrics.put("theory", l == 0 ? binDensity(law, centre, width) : Double.NaN);
                rows.add(new Row(cell("breakpoint-histogram", config.init(), l + 1, centre), metrics));
                Map<String, Double> slopeMetrics = new LinkedHashMap<>();
                slopeMetrics.put("density", slopes[b]);
                slopeMetrics.put("theory", slopeLaw == null ? Double.NaN : binDensity(slopeLaw, centre, width));
                rows.add(new Row(cell("delta-slope-histogram", config.init(), l + 1, centre), slopeMetrics));
            }
            rows.add(sample.layerRow(config.init(), l, law));
        }
        rows.addAll(sample.readings().basisRows(config.init()));
        rows.addAll(DepthReadings.acrossDepth(config, config.init(), initializer, random));
        for (String init : config.otherReadingInits()) {
            Initializer other = plugins.plugin(InitializerPlugin.class, init).create(Map.of());
            Sample drawn = Sample.draw(config, other, random);
            for (int l = 0; l < layers; l++) {
                rows.add(drawn.layerRow(init, l, null));
            }
            rows.addAll(drawn.readings().basisRows(init));
            rows.addAll(DepthReadings.acrossDepth(config, init, other, random));
        }
        return rows;
    }

    /**
     * One initializer's {@code networks} networks of the configured widths: every layer's breakpoints and
     * delta-slopes ({@link UnitBreakpoints}, reading a), pooled per layer, and their basis functions (reading b).
     * A trial's own, never shared.
     */
    private static final class Sample {
        private final List<List<Double>> breakpoints = new ArrayList<>();
        private final List<List<Double>> deltaSlopes = new ArrayList<>();
        private final DepthReadings readings;

        private Sample(int layers) {
            readings = new DepthReadings(layers);
        }

        /** Draws the networks from {@code random} and analyses them. */
        static Sample draw(InitDensitiesConfig config, Initializer initializer, RandomGenerator random) {
            DeepArchitecture architecture = new DeepArchitecture(config.widths().stream()
                    .mapToInt(Integer::intValue).toArray());
            int layers = config.widths().size();
            Sample sample = new Sample(layers);
            for (int l = 0; l < layers; l++) {
                sample.breakpoints.add(new ArrayList<>());
                sample.deltaSlopes.add(new ArrayList<>());
            }
            for (int k = 0; k < config.networks(); k++) {
                DeepNetwork network = initializer.deep(architecture, null, random);
                DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(network);
                sample.readings.add(BasisFunctions.of(network));
                for (LayerBreakpoints layer : analysis.layers()) {
                    for (UnitBreakpoints unit : layer.units()) {
                        for (double b : unit.breakpoints()) {
                            sample.breakpoints.get(layer.layer() - 1).add(b);
                        }
                        for (double d : unit.deltaSlopes()) {
                            sample.deltaSlopes.get(layer.layer() - 1).add(d);
                        }
                    }
                }
            }
            return sample;
        }

        DepthReadings readings() {
            return readings;
        }

        double[] breakpoints(int layer) {
            return breakpoints.get(layer).stream().mapToDouble(Double::doubleValue).toArray();
        }

        double[] deltaSlopes(int layer) {
            return deltaSlopes.get(layer).stream().mapToDouble(Double::doubleValue).toArray();
        }

        /**
         * @param law the Cor 1 law of layer 1's breakpoints, or null for none
         * @return layer {@code layer + 1}'s count of breakpoints, delta-slope variance (reading a) and, against the
         *         law, layer 1's Kolmogorov–Smirnov distance and its 5% critical value {@code 1.36/√n}
         */
        Row layerRow(String init, int layer, RealDistribution law) {
            double[] beta = breakpoints(layer);
            boolean judged = layer == 0 && law != null;
            Map<String, Double> stats = new LinkedHashMap<>();
            stats.put("breakpoints", (double) beta.length);
            stats.put("deltaSlopeVariance", variance(deltaSlopes(layer)));
            stats.put("breakpointIqr", Spread.iqr(beta));
            stats.put("ksDistance", judged ? ks(beta, law) : Double.NaN);
            stats.put("ksCritical", judged ? 1.36 / Math.sqrt(beta.length) : Double.NaN);
            return new Row(cell("layer", init, layer + 1, Double.NaN), stats);
        }
    }

    /** @return the cell of a row: its kind, initializer, layer (or depth) and histogram bin centre (NaN: none) */
    static Map<String, String> cell(String kind, String init, int layer, double centre) {
        String bin = Double.isNaN(centre) ? "" : String.format(Locale.ROOT, "%.4f", centre);
        return CellBuilder.of("kind", kind).and("init", init).and("layer", layer).and("bin", bin).build();
    }

    /**
     * @return the law's mean density over the bin, the quantity a histogram estimates (the point density at the
     * centre would not do: the delta-slope density has a logarithmic peak at 0)
     */
    private static double binDensity(RealDistribution law, double centre, double width) {
        return (law.cumulativeProbability(centre + width / 2) - law.cumulativeProbability(centre - width / 2)) / width;
    }

    /** @return density estimate per bin over all values (values outside the range count in the total) */
    private static double[] histogram(double[] values, double range, int bins) {
        double[] counts = new double[bins];
        double width = 2 * range / bins;
        for (double v : values) {
            int b = (int) Math.floor((v + range) / width);
            if (b >= 0 && b < bins) {
                counts[b]++;
            }
        }
        for (int b = 0; b < bins; b++) {
            counts[b] /= values.length * width;
        }
        return counts;
    }

    private static double variance(double[] values) {
        double mean = Arrays.stream(values).average().orElse(Double.NaN);
        return Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, values.length - 1);
    }

    /** @return the Kolmogorov–Smirnov distance between the sample and the law */
    private static double ks(double[] values, RealDistribution law) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double d = 0;
        for (int k = 0; k < sorted.length; k++) {
            double f = law.cumulativeProbability(sorted[k]);
            d = Math.max(d, Math.max(f - (double) k / sorted.length, (double) (k + 1) / sorted.length - f));
        }
        return d;
    }

    @Override
    public List<Verdict> verdicts(InitDensitiesConfig config, Summary summary) {
        Summary.Stat ks = summary.stat(cell("layer", config.init(), 1, Double.NaN), "ksDistance");
        Summary.Stat critical = summary.stat(cell("layer", config.init(), 1, Double.NaN), "ksCritical");
        Verdict cor1 = Verdict.compared("layer-1 breakpoints follow Cor 1", ks.mean() < critical.mean(),
                String.format(Locale.ROOT, "KS distance %s vs 5%% critical value %.3g", ks, critical.mean()),
                List.of(Verdict.side("layer 1", ks, critical)));
        List<Verdict> verdicts = new ArrayList<>(List.of(cor1));
        verdicts.addAll(DepthReadings.verdicts(config, summary));
        verdicts.addAll(DepthReadings.spreadVerdicts(config, summary));
        return verdicts;
    }

    @Override
    public List<Figure> figures(InitDensitiesConfig config, Summary summary) {
        int bins = config.bins();
        double width = 2 * config.range() / bins;
        double[] centres = new double[bins];
        for (int b = 0; b < bins; b++) {
            centres[b] = -config.range() + (b + 0.5) * width;
        }
        List<Series> series = new ArrayList<>();
        for (int l = 1; l <= config.widths().size(); l++) {
            double[] density = new double[bins];
            for (int b = 0; b < bins; b++) {
                density[b] = summary.stat(cell("breakpoint-histogram", config.init(), l, centres[b]), "density").mean();
            }
            series.add(new Series("layer " + l, centres, density, null));
        }
        double[] theory = new double[bins];
        for (int b = 0; b < bins; b++) {
            theory[b] = summary.stat(cell("breakpoint-histogram", config.init(), 1, centres[b]), "theory").mean();
        }
        series.add(new Series("Cor 1 (layer 1)", centres, theory, null));
        List<Series> slopes = new ArrayList<>();
        for (int l = 1; l <= config.widths().size(); l++) {
            double[] density = new double[bins];
            for (int b = 0; b < bins; b++) {
                density[b] = summary.stat(cell("delta-slope-histogram", config.init(), l, centres[b]), "density")
                        .mean();
            }
            slopes.add(new Series("layer " + l, centres, density, null));
        }
        if (config.widths().size() == 1) {
            double[] law = new double[bins];
            for (int b = 0; b < bins; b++) {
                law[b] = summary.stat(cell("delta-slope-histogram", config.init(), 1, centres[b]), "theory").mean();
            }
            slopes.add(new Series("Thm 1 (one hidden layer)", centres, law, null));
        }
        List<Figure> figures = new ArrayList<>(DepthReadings.figures(config, summary));
        figures.add(new Figure("breakpoint-densities", "Breakpoint density per layer at " + config.init()
                + " initialization, widths " + config.widths(), "breakpoint", "density", false, series));
        figures.add(new Figure("delta-slope-densities", "Delta-slope density per layer at " + config.init()
                + " initialization (reading a: each unit's slope change of the output at its breakpoints)",
                "delta-slope", "density", false, slopes));
        return figures;
    }
}
