package org.splinelens.experiments.initdensities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.splinelens.core.deep.BasisFunctions;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.deep.LayerBreakpoints;
import org.splinelens.core.deep.UnitBreakpoints;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.spline.Pwl;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.Initializer;

/**
 * Readings (b) and (c) of FC Sec 3's "(ii) as depth increases, delta-slopes have lower variance and thus lead to even
 * flatter initial functions" (FC Fig 1 right: "delta-slope distribution for a He initialization across a 3 layer
 * network", from "networks of varying depths"), beside reading (a) of {@link InitDensitiesExperiment} (each unit's
 * attribution to the output's slope, {@code UnitBreakpoints.deltaSlopes}).
 *
 * <ul>
 * <li>(b) basis functions: each hidden unit's own function of the input, {@code x_i^{(ℓ)}(x) = relu(z_i^{(ℓ)}(x))}
 * and its pre-activation {@code z_i^{(ℓ)}(x)} ({@link BasisFunctions}, exact); the delta-slopes of layer ℓ are the
 * slope jumps of its units' functions at their knots, pooled over units and networks, and the layer's roughness is
 * {@code Σ_i Σ_k (Δ_{i,k})²}, averaged over networks (the appendix: "the roughness of the basis functions at
 * initialization in the deeper layers is lower"). Cells {@code kind = basis-functions, layer = ℓ}.</li>
 * <li>(c) across depth: separate networks of {@code d} hidden layers ({@link InitDensitiesConfig#depths()}), drawn
 * from the same initializer; the delta-slopes of the output function {@code g} at its active breakpoints (its knots),
 * pooled over networks, and their variance compared across depths. Cells {@code kind = output-by-depth,
 * layer = d}: there the {@code layer} factor is the number of hidden layers. The same networks also give, per layer
 * ℓ ≤ d, the interquartile range of the induced breakpoints and reading (a)'s delta-slope variance (cells
 * {@code kind = layers-of-depth-d, layer = ℓ}): so each depth is a reading of FC Fig 1's "3 layer network" (2 hidden
 * layers by the appendix's own count, "5 layer network, with 4 hidden layers"; 3 hidden layers read literally).</li>
 * </ul>
 * Every reading is made for each initializer of {@link InitDensitiesConfig#readingInits()}, its cells keyed by
 * {@code init}. Each reading's verdict, reading (a)'s too, compares the deepest layer (or depth) with the first, for
 * one initializer: it holds when the variance falls by more than two standard errors of the difference of the two
 * trial means, {@code 2 √(sd_1²/n_1 + sd_L²/n_L)}, and no step between consecutive layers (depths) rises beyond two
 * standard errors ({@link Spread#trend}): the trend is judged over every level, not only the two ends. FC's
 * "the breakpoint distribution grows wider" (Sec 1) is judged the same way on the interquartile range of the induced
 * breakpoints of each layer, for the preset's network and for each depth of reading (c).
 */
final class DepthReadings {
    private static final String LOWER = "as depth increases, delta-slopes have lower variance ";
    static final String BASIS = "basis-functions";
    static final String DEPTH = "output-by-depth";
    private static final String WIDER = "the breakpoint distribution grows wider with depth ";

    /** @return the kind of the per-layer cells of reading (c)'s networks of {@code depth} hidden layers */
    static String byDepth(int depth) {
        return "layers-of-depth-" + depth;
    }

    private final Moments[] activation;
    private final Moments[] preActivation;
    private final double[] activationRoughness;
    private final double[] preActivationRoughness;
    private int networks;

    /** A trial's accumulator of reading (b) over networks of {@code layers} hidden layers. */
    DepthReadings(int layers) {
        activation = IntStream.range(0, layers).mapToObj(l -> new Moments()).toArray(Moments[]::new);
        preActivation = IntStream.range(0, layers).mapToObj(l -> new Moments()).toArray(Moments[]::new);
        activationRoughness = new double[layers];
        preActivationRoughness = new double[layers];
    }

    /** Adds one network's basis functions to reading (b). */
    void add(BasisFunctions basis) {
        networks++;
        for (int l = 0; l < activation.length; l++) {
            for (Pwl x : basis.activations().get(l)) {
                activation[l].addAll(x.slopeJumps());
                activationRoughness[l] += BasisFunctions.roughness(x);
            }
            for (Pwl z : basis.preActivations().get(l)) {
                preActivation[l].addAll(z.slopeJumps());
                preActivationRoughness[l] += BasisFunctions.roughness(z);
            }
        }
    }

    /** @return reading (b)'s rows for the networks of initializer {@code init}, one a layer */
    List<Row> basisRows(String init) {
        List<Row> rows = new ArrayList<>();
        for (int l = 0; l < activation.length; l++) {
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("activationKnots", activation[l].count() / (double) networks);
            metrics.put("activationDeltaSlopeVariance", activation[l].variance());
            metrics.put("activationRoughness", activationRoughness[l] / networks);
            metrics.put("preActivationDeltaSlopeVariance", preActivation[l].variance());
            metrics.put("preActivationRoughness", preActivationRoughness[l] / networks);
            rows.add(new Row(InitDensitiesExperiment.cell(BASIS, init, l + 1, Double.NaN), metrics));
        }
        return rows;
    }

    /**
     * Reading (c): {@code config.networks()} networks of each depth drawn by {@code initializer} (named
     * {@code init}) from {@code random}, after the networks of that initializer's readings (a) and (b); the output's
     * knots and slope jumps from {@link BasisFunctions#output()}.
     *
     * @return one row a depth
     */
    static List<Row> acrossDepth(InitDensitiesConfig config, String init, Initializer initializer,
            RandomGenerator random) {
        List<Row> rows = new ArrayList<>();
        for (int depth : config.depths()) {
            DeepArchitecture architecture = new DeepArchitecture(config.widthsOfDepth(depth));
            Moments slopes = new Moments();
            double roughness = 0;
            List<List<Double>> breakpoints = new ArrayList<>();
            Moments[] attribution = new Moments[depth];
            for (int l = 0; l < depth; l++) {
                breakpoints.add(new ArrayList<>());
                attribution[l] = new Moments();
            }
            for (int k = 0; k < config.networks(); k++) {
                DeepNetwork network = initializer.deep(architecture, null, random);
                Pwl output = BasisFunctions.of(network).output();
                slopes.addAll(output.slopeJumps());
                roughness += BasisFunctions.roughness(output);
                for (LayerBreakpoints layer : DeepBreakpoints.analyze(network).layers()) {
                    for (UnitBreakpoints unit : layer.units()) {
                        for (double b : unit.breakpoints()) {
                            breakpoints.get(layer.layer() - 1).add(b);
                        }
                        attribution[layer.layer() - 1].addAll(unit.deltaSlopes());
                    }
                }
            }
            for (int l = 0; l < depth; l++) {
                double[] beta = breakpoints.get(l).stream().mapToDouble(Double::doubleValue).toArray();
                Map<String, Double> layerMetrics = new LinkedHashMap<>();
                layerMetrics.put("breakpoints", beta.length / (double) config.networks());
                layerMetrics.put("breakpointIqr", Spread.iqr(beta));
                layerMetrics.put("deltaSlopeVariance", attribution[l].variance());
                rows.add(new Row(InitDensitiesExperiment.cell(byDepth(depth), init, l + 1, Double.NaN),
                        layerMetrics));
            }
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("activeBreakpoints", slopes.count() / (double) config.networks());
            metrics.put("deltaSlopeVariance", slopes.variance());
            metrics.put("roughness", roughness / config.networks());
            rows.add(new Row(InitDensitiesExperiment.cell(DEPTH, init, depth, Double.NaN), metrics));
        }
        return rows;
    }

    /**
     * @return the verdicts of readings (a), (b), for activations and pre-activations, and (c), for each initializer
     *         of {@link InitDensitiesConfig#readingInits()} in turn
     */
    static List<Verdict> verdicts(InitDensitiesConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        int layers = config.widths().size();
        for (String init : config.readingInits()) {
            String by = ", " + init + " init)";
            if (layers > 1) {
                verdicts.add(verdict(LOWER + "(reading a: each unit's attribution to the output's slope, pooled per"
                        + " layer of one network" + by, "layer", summary, cell("layer", init),
                        "deltaSlopeVariance", IntStream.rangeClosed(1, layers).toArray()));
                verdicts.add(verdict(LOWER + "(reading b: basis functions, each unit's own x_i(x) = relu(z_i(x)),"
                        + " slope jumps pooled per layer" + by, "layer", summary, cell(BASIS, init),
                        "activationDeltaSlopeVariance", IntStream.rangeClosed(1, layers).toArray()));
            }
            if (layers > 2) {
                // a layer-1 pre-activation w x + c has no knot: the comparison starts at layer 2
                verdicts.add(verdict(LOWER + "(reading b, pre-activations: each unit's own z_i(x), slope jumps"
                        + " pooled per layer, from layer 2" + by, "layer", summary, cell(BASIS, init),
                        "preActivationDeltaSlopeVariance", IntStream.rangeClosed(2, layers).toArray()));
            }
            if (config.depths().size() > 1) {
                verdicts.add(verdict(LOWER + "(reading c: separate networks of " + config.depths() + " hidden"
                        + " layers, the output's slope jumps at its active breakpoints" + by, "depth", summary,
                        cell(DEPTH, init), "deltaSlopeVariance",
                        config.depths().stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        return verdicts;
    }

    /**
     * @return for each initializer of {@link InitDensitiesConfig#readingInits()}: "the breakpoint distribution grows
     *         wider" with layer, in the preset's network and in each network of reading (c) of two or more hidden
     *         layers, and reading (a)'s "delta-slopes have lower variance" in the latter
     */
    static List<Verdict> spreadVerdicts(InitDensitiesConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        int layers = config.widths().size();
        String heading = "interquartile range of the induced breakpoints by layer:";
        for (String init : config.readingInits()) {
            String by = ", " + init + " init)";
            if (layers > 1) {
                verdicts.add(trendVerdict(WIDER + "(the preset's network, widths " + config.widths() + by, heading,
                        summary, cell("layer", init), "breakpointIqr", IntStream.rangeClosed(1, layers).toArray(),
                        false));
            }
            for (int depth : config.depths()) {
                if (depth > 1) {
                    int[] all = IntStream.rangeClosed(1, depth).toArray();
                    String of = "networks of " + depth + " hidden layers "
                            + Arrays.toString(config.widthsOfDepth(depth)) + by;
                    verdicts.add(trendVerdict(WIDER + "(" + of, heading, summary, cell(byDepth(depth), init),
                            "breakpointIqr", all, false));
                    verdicts.add(verdict(LOWER + "(reading a, " + of, "layer", summary, cell(byDepth(depth), init),
                            "deltaSlopeVariance", all));
                }
            }
        }
        return verdicts;
    }

    /** @return the cell of {@code kind} and {@code init} at a layer (or depth) */
    private static IntFunction<Map<String, String>> cell(String kind, String init) {
        return level -> InitDensitiesExperiment.cell(kind, init, level, Double.NaN);
    }

    /**
     * Holds when the variance falls over all of {@code levels} ({@link Spread#trend}: the first-to-last fall passes
     * two standard errors and no consecutive step rises beyond two); the evidence lists every level.
     */
    private static Verdict verdict(String claim, String factor, Summary summary, IntFunction<Map<String, String>> cell,
            String metric, int[] levels) {
        return trendVerdict(claim, "delta-slope variance by " + factor + ":", summary, cell, metric, levels, true);
    }

    /** A {@link Spread#trend} verdict over {@code levels}, the evidence listing every level's statistic first. */
    static Verdict trendVerdict(String claim, String heading, Summary summary, IntFunction<Map<String, String>> cell,
            String metric, int[] levels, boolean falling) {
        StringBuilder evidence = new StringBuilder(heading);
        List<Summary.Stat> stats = new ArrayList<>();
        List<Verdict.Side> sides = new ArrayList<>();
        for (int level : levels) {
            Summary.Stat stat = summary.stat(cell.apply(level), metric);
            stats.add(stat);
            sides.add(Verdict.side("level " + level, stat));
            evidence.append(String.format(Locale.ROOT, " %d: %s;", level, stat));
        }
        Spread.Judgement judgement = Spread.trend(stats, falling);
        return Verdict.compared(claim, judgement.holds(), evidence + " " + judgement.evidence(), sides);
    }

    /**
     * @return per initializer of {@link InitDensitiesConfig#readingInits()}, one figure of the delta-slope variance of
     *         every reading against layer (a, b) or number of hidden layers (c)
     */
    static List<Figure> figures(InitDensitiesConfig config, Summary summary) {
        List<Figure> figures = new ArrayList<>();
        for (String init : config.readingInits()) {
            figures.add(figure(config, init, summary));
            figures.add(spreadFigure(config, init, summary));
        }
        return figures;
    }

    /** The interquartile range of each layer's induced breakpoints, for the preset's network and each depth's. */
    private static Figure spreadFigure(InitDensitiesConfig config, String init, Summary summary) {
        List<Series> series = new ArrayList<>();
        double[] layers = IntStream.rangeClosed(1, config.widths().size()).asDoubleStream().toArray();
        series.add(Series.of("preset " + config.widths(), layers,
                l -> InitDensitiesExperiment.cell("layer", init, (int) l, Double.NaN), summary, "breakpointIqr", true));
        for (int depth : config.depths()) {
            double[] own = IntStream.rangeClosed(1, depth).asDoubleStream().toArray();
            series.add(Series.of(depth + " hidden layers", own,
                    l -> InitDensitiesExperiment.cell(byDepth(depth), init, (int) l, Double.NaN), summary,
                    "breakpointIqr", true));
        }
        return new Figure("breakpoint-iqr-" + init, "FC Fig 1: spread of the breakpoints by layer (" + init + ")",
                "layer", "interquartile range of breakpoints", false, series);
    }

    private static Figure figure(InitDensitiesConfig config, String init, Summary summary) {
        double[] layers = IntStream.rangeClosed(1, config.widths().size()).asDoubleStream().toArray();
        double[] depths = config.depths().stream().mapToDouble(Integer::doubleValue).toArray();
        List<Series> series = new ArrayList<>();
        series.add(Series.of("(a) attribution to the output, by layer", layers,
                l -> InitDensitiesExperiment.cell("layer", init, (int) l, Double.NaN), summary, "deltaSlopeVariance",
                true));
        series.add(Series.of("(b) basis functions x_i, by layer", layers,
                l -> InitDensitiesExperiment.cell(BASIS, init, (int) l, Double.NaN), summary,
                "activationDeltaSlopeVariance", true));
        if (layers.length > 1) {
            double[] deeper = Arrays.copyOfRange(layers, 1, layers.length);
            series.add(Series.of("(b) pre-activations z_i, by layer", deeper,
                    l -> InitDensitiesExperiment.cell(BASIS, init, (int) l, Double.NaN), summary,
                    "preActivationDeltaSlopeVariance", true));
        }
        if (depths.length > 0) {
            series.add(Series.of("(c) output of a net of d hidden layers, by d", depths,
                    d -> InitDensitiesExperiment.cell(DEPTH, init, (int) d, Double.NaN), summary,
                    "deltaSlopeVariance", true));
        }
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (Series curve : series) {
            for (double y : curve.y()) {
                low = y > 0 ? Math.min(low, y) : low;
                high = Math.max(high, y);
            }
        }
        // a log axis only when the readings span more than a decade (PyTorch's default init: four)
        return new Figure("delta-slope-variance-readings-" + init, "FC Fig 1: delta-slope variance by reading ("
                + init + " init)", "layer (a, b) or hidden layers (c)", "delta-slope variance", false,
                high > 10 * low, series);
    }
}
