package org.splinelens.init.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.deep.DeepBreakpointAnalysis;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.deep.LayerBreakpoints;
import org.splinelens.core.deep.UnitBreakpoints;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.init.Initializer;

/**
 * Draws {@code samples} networks from an initializer (one generator seeded from {@code seed}, networks drawn in
 * sequence) and summarises every hidden layer's induced breakpoints, delta-slopes and roughness, from the exact deep
 * breakpoint analysis of core. A one-hidden-layer architecture is drawn as a shallow net, where these are
 * {@code β_i = −b_i/w_i}, {@code μ_i = w_i v_i} and {@code ρ0 = Σ μ_i²} (Thm 1, Thm 2).
 */
public final class InitStatistics {
    private InitStatistics() {
    }

    /**
     * @param data the dataset for data-dependent initializers, else {@code null}
     * @return one entry per hidden layer, layer 1 first
     */
    public static List<LayerStatistics> sample(Initializer init, DeepArchitecture arch, Dataset data, int samples,
            long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        int layers = arch.hiddenLayers();
        List<DoubleStream.Builder> beta = new ArrayList<>(layers);
        List<DoubleStream.Builder> mu = new ArrayList<>(layers);
        double[][] rho = new double[layers][samples];
        for (int l = 0; l < layers; l++) {
            beta.add(DoubleStream.builder());
            mu.add(DoubleStream.builder());
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 0; s < samples; s++) {
            DeepNetwork net = layers == 1 ? init.shallow(arch.hiddenWidth(1), data, random).asDeep()
                    : init.deep(arch, data, random);
            DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(net);
            for (int l = 0; l < layers; l++) {
                LayerBreakpoints layer = analysis.layers().get(l);
                for (UnitBreakpoints unit : layer.units()) {
                    for (double b : unit.breakpoints()) {
                        beta.get(l).add(b);
                    }
                    for (double d : unit.deltaSlopes()) {
                        mu.get(l).add(d);
                    }
                }
                rho[l][s] = layer.roughness();
            }
        }
        List<LayerStatistics> out = new ArrayList<>(layers);
        for (int l = 0; l < layers; l++) {
            out.add(new LayerStatistics(l + 1, SampleStatistics.of(beta.get(l).build().toArray()),
                    SampleStatistics.of(mu.get(l).build().toArray()), SampleStatistics.of(rho[l])));
        }
        return out;
    }
}
