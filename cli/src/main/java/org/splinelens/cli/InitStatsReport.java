package org.splinelens.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.RealDistribution;
import org.splinelens.init.stats.LayerStatistics;
import org.splinelens.init.stats.SampleStatistics;
import org.splinelens.init.theory.InitTheory;

/**
 * What {@code init-stats} prints: the empirical statistics per layer beside the theory where it exists — the first
 * layer's breakpoints follow Cor 1 at any depth; delta-slopes and roughness (Thm 2) only for a shallow net.
 *
 * @param shallowWidth H when the net is shallow, else 0
 */
record InitStatsReport(String init, int samples, long seed, List<LayerStatistics> stats,
        Optional<InitTheory> theory, int shallowWidth) {

    InitStatsReport {
        stats = List.copyOf(stats);
    }

    ObjectNode json() {
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
                t.set("breakpointQuantiles", quantiles(theory.get().breakpoints(null)));
                if (shallowWidth > 0) {
                    RealDistribution mu = theory.get().deltaSlopes(null);
                    // a law may have no finite moment (heavy tails): ∞ is the answer then
                    JsonOutput.number(t, "deltaSlopeVariance", mu.getNumericalVariance());
                    JsonOutput.number(t, "roughnessMean", theory.get().roughnessMean(shallowWidth));
                    JsonOutput.number(t, "roughnessVariance", theory.get().roughnessVariance(shallowWidth));
                }
            }
        }
        return root;
    }

    void printTable(PrintWriter out) {
        out.printf("%-6s %-12s %9s %12s %12s %12s %12s %12s%n", "layer", "quantity", "count", "mean", "variance",
                "q05", "q50", "q95");
        for (LayerStatistics layer : stats) {
            row(out, layer.layer(), "breakpoint", layer.breakpoints());
            row(out, layer.layer(), "deltaSlope", layer.deltaSlopes());
            row(out, layer.layer(), "roughness", layer.roughness());
        }
        if (theory.isPresent()) {
            RealDistribution beta = theory.get().breakpoints(null);
            out.printf("theory, layer 1: breakpoint q05 %s, q50 %s, q95 %s (Thm 1 / Cor 1)%n",
                    FiniteResults.text("%.6g", beta.inverseCumulativeProbability(0.05)),
                    FiniteResults.text("%.6g", beta.inverseCumulativeProbability(0.5)),
                    FiniteResults.text("%.6g", beta.inverseCumulativeProbability(0.95)));
            if (shallowWidth > 0) {
                out.printf("theory: deltaSlope variance %s; roughness mean %s, variance %s (Thm 2)%n",
                        FiniteResults.text("%.6g", theory.get().deltaSlopes(null).getNumericalVariance()),
                        FiniteResults.text("%.6g", theory.get().roughnessMean(shallowWidth)),
                        FiniteResults.text("%.6g", theory.get().roughnessVariance(shallowWidth)));
            }
        }
    }

    private static void row(PrintWriter out, int layer, String quantity, SampleStatistics s) {
        double[] q = s.quantiles();
        out.printf("%-6d %-12s %9d %12s %12s %12s %12s %12s%n", layer, quantity, s.count(),
                FiniteResults.text("%.6g", s.mean()), FiniteResults.text("%.6g", s.variance()),
                FiniteResults.text("%.6g", q[0]), FiniteResults.text("%.6g", q[2]), FiniteResults.text("%.6g", q[4]));
    }

    private static ObjectNode summary(SampleStatistics s) {
        ObjectNode node = JsonOutput.MAPPER.createObjectNode();
        node.put("count", s.count());
        // statistics of too few samples are undefined (NaN, written as null), not a numerical failure
        JsonOutput.number(node, "mean", s.mean());
        JsonOutput.number(node, "variance", s.variance());
        ObjectNode q = node.putObject("quantiles");
        double[] values = s.quantiles();
        for (int k = 0; k < SampleStatistics.LEVELS.length; k++) {
            JsonOutput.number(q, Double.toString(SampleStatistics.LEVELS[k]), values[k]);
        }
        return node;
    }

    private static ObjectNode quantiles(RealDistribution law) {
        ObjectNode q = JsonOutput.MAPPER.createObjectNode();
        for (double level : SampleStatistics.LEVELS) {
            JsonOutput.number(q, Double.toString(level), law.inverseCumulativeProbability(level));
        }
        return q;
    }
}
