package org.splinelens.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.math3.distribution.RealDistribution;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.DatasetCsv;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.init.InitializerPlugin;
import org.splinelens.init.stats.InitStatistics;
import org.splinelens.init.stats.LayerStatistics;
import org.splinelens.init.stats.SampleStatistics;
import org.splinelens.init.theory.InitTheory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init-stats", mixinStandardHelpOptions = true,
        description = "Empirical breakpoint, delta-slope and roughness statistics of an initializer, per layer, "
                + "beside the theory (Thm 1, Cor 1, Thm 2) where it exists.")
final class InitStatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--init", required = true, description = "initializer name (see `splinelens list`)")
    String init;

    @Option(names = "--width", description = "shallow network width H")
    Integer width;

    @Option(names = "--widths", split = ",", description = "deep network hidden widths, e.g. 8,8,8")
    int[] widths;

    @Option(names = "--samples", defaultValue = "100", description = "number of networks (default ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--seed", defaultValue = "0", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--set", description = "initializer config key=value, e.g. --set sigmaW=2 (repeatable)")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--data", description = "CSV dataset x,y, for data-dependent initializers")
    Path data;

    @Option(names = "--json", description = "machine-readable JSON output instead of a table")
    boolean json;

    @Override
    public Integer call() {
        if ((width == null) == (widths == null)) {
            throw new InvalidInputException("give exactly one of --width (shallow) and --widths (deep)");
        }
        if (samples < 1) {
            throw new InvalidInputException("--samples must be >= 1, got " + samples);
        }
        DeepArchitecture arch;
        try {
            arch = width != null ? new DeepArchitecture(width) : new DeepArchitecture(widths);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException((width != null ? "--width: " : "--widths: ") + e.getMessage());
        }
        InitializerPlugin factory = PluginRegistry.discover(InitStatsCommand.class.getClassLoader())
                .plugin(InitializerPlugin.class, init);
        Dataset dataset = data == null ? null : DatasetCsv.read(data);
        List<LayerStatistics> stats = InitStatistics.sample(factory.create(settings), arch, dataset, samples, seed);
        int firstWidth = arch.hiddenWidth(1);
        Optional<InitTheory> theory = factory.theory(settings, firstWidth);

        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.put("init", init);
        root.put("samples", samples);
        root.put("seed", seed);
        ArrayNode layers = root.putArray("layers");
        for (LayerStatistics layer : stats) {
            ObjectNode l = layers.addObject();
            l.put("layer", layer.layer());
            l.set("breakpoints", summary(layer.breakpoints()));
            l.set("deltaSlopes", summary(layer.deltaSlopes()));
            l.set("roughness", summary(layer.roughness()));
            if (theory.isPresent() && layer.layer() == 1) {
                ObjectNode t = l.putObject("theory");
                // the first layer's breakpoints follow Cor 1 in any depth; delta-slopes and roughness only when shallow
                t.set("breakpointQuantiles", quantiles(theory.get().breakpoints(null)));
                if (arch.hiddenLayers() == 1) {
                    RealDistribution mu = theory.get().deltaSlopes(null);
                    t.put("deltaSlopeVariance", mu.getNumericalVariance());
                    t.put("roughnessMean", theory.get().roughnessMean(firstWidth));
                    t.put("roughnessVariance", theory.get().roughnessVariance(firstWidth));
                }
            }
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.text(root));
        } else {
            printTable(out, stats, theory, arch.hiddenLayers() == 1 ? firstWidth : 0);
        }
        return 0;
    }

    /** @param shallowWidth H when the net is shallow (theory for μ and ρ0 applies), else 0 */
    private static void printTable(PrintWriter out, List<LayerStatistics> stats, Optional<InitTheory> theory,
            int shallowWidth) {
        out.printf("%-6s %-12s %9s %12s %12s %12s %12s %12s%n", "layer", "quantity", "count", "mean", "variance",
                "q05", "q50", "q95");
        for (LayerStatistics layer : stats) {
            row(out, layer.layer(), "breakpoint", layer.breakpoints());
            row(out, layer.layer(), "deltaSlope", layer.deltaSlopes());
            row(out, layer.layer(), "roughness", layer.roughness());
        }
        if (theory.isPresent()) {
            RealDistribution beta = theory.get().breakpoints(null);
            out.printf("theory, layer 1: breakpoint q05 %.6g, q50 %.6g, q95 %.6g (Thm 1 / Cor 1)%n",
                    beta.inverseCumulativeProbability(0.05), beta.inverseCumulativeProbability(0.5),
                    beta.inverseCumulativeProbability(0.95));
            if (shallowWidth > 0) {
                out.printf("theory: deltaSlope variance %.6g; roughness mean %.6g, variance %.6g (Thm 2)%n",
                        theory.get().deltaSlopes(null).getNumericalVariance(),
                        theory.get().roughnessMean(shallowWidth), theory.get().roughnessVariance(shallowWidth));
            }
        }
    }

    private static void row(PrintWriter out, int layer, String quantity, SampleStatistics s) {
        double[] q = s.quantiles();
        out.printf("%-6d %-12s %9d %12.6g %12.6g %12.6g %12.6g %12.6g%n", layer, quantity, s.count(), s.mean(),
                s.variance(), q[0], q[2], q[4]);
    }

    private static ObjectNode summary(SampleStatistics s) {
        ObjectNode node = JsonOutput.MAPPER.createObjectNode();
        node.put("count", s.count());
        node.put("mean", s.mean());
        node.put("variance", s.variance());
        ObjectNode q = node.putObject("quantiles");
        double[] values = s.quantiles();
        for (int k = 0; k < SampleStatistics.LEVELS.length; k++) {
            q.put(Double.toString(SampleStatistics.LEVELS[k]), values[k]);
        }
        return node;
    }

    private static ObjectNode quantiles(RealDistribution law) {
        ObjectNode q = JsonOutput.MAPPER.createObjectNode();
        for (double level : SampleStatistics.LEVELS) {
            q.put(Double.toString(level), law.inverseCumulativeProbability(level));
        }
        return q;
    }
}
