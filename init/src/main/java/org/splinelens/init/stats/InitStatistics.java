package org.splinelens.init.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntBinaryOperator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.deep.DeepBreakpointAnalysis;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.deep.LayerBreakpoints;
import org.splinelens.core.deep.UnitBreakpoints;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.init.Initializer;

/**
 * Draws {@code samples} networks from an initializer (one generator seeded from {@code seed}, networks drawn in
 * sequence) and summarises every hidden layer's induced breakpoints, delta-slopes and roughness. A one-hidden-layer
 * architecture is drawn as a shallow net, whose unit i with {@code w_i ≠ 0} has the breakpoint {@code β_i = −b_i/w_i}
 * and puts the delta-slope {@code s_i μ_i = |w_i| v_i} into the output there ({@code μ_i = w_i v_i}), so
 * {@code ρ0 = Σ μ_i²} (Thm 1, Thm 2): O(H) a network. Deeper nets go through the exact deep breakpoint analysis of
 * core, which agrees with these formulas on a shallow net (to rounding) but costs O(L · H² · K) a network.
 *
 * <p>Memory: the quantiles are exact, so every breakpoint and delta-slope is kept until the end: 16 bytes per unit
 * and network, sorted in place. {@link #estimate} says how much before anything is drawn.
 */
public final class InitStatistics {
    /** Steps to draw one shallow unit (three draws) and pool its two values; from timing he-normal. */
    private static final double STEPS_PER_UNIT = 20;

    /** Steps per value and per halving when the pools are sorted (two pools, a few steps a comparison). */
    private static final double STEPS_PER_SORT_LEVEL = 3;

    private InitStatistics() {
    }

    /**
     * @param data the dataset for data-dependent initializers, else {@code null}
     * @return one entry per hidden layer, layer 1 first
     */
    public static List<LayerStatistics> sample(Initializer init, DeepArchitecture arch, Dataset data, int samples,
            long seed) {
        return sample(init, arch, data, samples, seed, (done, all) -> 0);
    }

    /**
     * {@link #sample(Initializer, DeepArchitecture, Dataset, int, long)}, telling {@code progress} (networks drawn,
     * samples) about a thousand times along the way.
     */
    public static List<LayerStatistics> sample(Initializer init, DeepArchitecture arch, Dataset data, int samples,
            long seed, IntBinaryOperator progress) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        int layers = arch.hiddenLayers();
        Pool[] beta = new Pool[layers];
        Pool[] mu = new Pool[layers];
        double[][] rho = new double[layers][samples];
        for (int l = 0; l < layers; l++) {
            // a shallow net has at most one breakpoint per unit: the pools never grow
            int expected = Limits.arrayLength("samples × width", "breakpoints",
                    (double) samples * arch.hiddenWidth(l + 1));
            beta[l] = new Pool(expected);
            mu[l] = new Pool(expected);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int every = Math.max(1, samples / 1000);
        for (int s = 0; s < samples; s++) {
            if (layers == 1) {
                rho[0][s] = addShallow(init.shallow(arch.hiddenWidth(1), data, random), beta[0], mu[0]);
            } else {
                addDeep(init.deep(arch, data, random), beta, mu, rho, s);
            }
            if ((s + 1) % every == 0 || s + 1 == samples) {
                progress.applyAsInt(s + 1, samples);
            }
        }
        List<LayerStatistics> out = new ArrayList<>(layers);
        for (int l = 0; l < layers; l++) {
            SampleStatistics b = beta[l].summarize();
            beta[l] = null; // the heap of one pool is free before the next is sorted
            SampleStatistics m = mu[l].summarize();
            mu[l] = null;
            out.add(new LayerStatistics(l + 1, b, m, SampleStatistics.ofSorting(rho[l], samples)));
        }
        return out;
    }

    /** Adds a shallow net's breakpoints and delta-slopes to the pools; @return its roughness {@code Σ μ_i²} */
    private static double addShallow(ShallowNetwork net, Pool beta, Pool mu) {
        double roughness = 0;
        for (int i = 0; i < net.width(); i++) {
            double w = net.w(i);
            if (w != 0) { // a unit with w = 0 is a constant: no breakpoint (the BDSO convention of core.spline)
                double delta = Math.abs(w) * net.v(i);
                beta.add(-net.b(i) / w);
                mu.add(delta);
                roughness += delta * delta;
            }
        }
        return roughness;
    }

    private static void addDeep(DeepNetwork net, Pool[] beta, Pool[] mu, double[][] rho, int sample) {
        DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(net);
        for (int l = 0; l < beta.length; l++) {
            LayerBreakpoints layer = analysis.layers().get(l);
            for (UnitBreakpoints unit : layer.units()) {
                for (double b : unit.breakpoints()) {
                    beta[l].add(b);
                }
                for (double d : unit.deltaSlopes()) {
                    mu[l].add(d);
                }
            }
            rho[l][sample] = layer.roughness();
        }
    }

    /**
     * What {@link #sample} needs, before anything is drawn: the pooled values (one breakpoint and one delta-slope per
     * unit and network, 16 bytes) and, for deep nets, the exact analysis of one network at a time (O(L · H² · K)
     * steps and O(H · K) grid values for K breakpoints, counted as one per unit: deep nets have at least that many,
     * so their estimate is a lower bound).
     *
     * @param what the sizes as the user gave them, the start of a refusal
     */
    public static WorkEstimate estimate(int[] hiddenWidths, double samples, String what) {
        double units = 0;
        double widest = 0;
        double weights = 0;
        double previous = 1;
        for (int width : hiddenWidths) {
            units += width;
            widest = Math.max(widest, width);
            weights += previous * width;
            previous = width;
        }
        double values = samples * units;
        double bytes = 16 * values + 8 * samples * hiddenWidths.length + 32 * units + 8 * (weights + units);
        double steps = values * (STEPS_PER_UNIT + STEPS_PER_SORT_LEVEL * Math.log(Math.max(2, values)) / Math.log(2));
        if (hiddenWidths.length > 1) {
            // per network: every layer's units on a grid of K ≈ Σ H points, and each breakpoint's delta-slope from
            // the activation pattern on both sides (O(weights))
            bytes += 24 * widest * units + 1.5 * 16 * values; // pools grow by half their size
            steps += samples * (weights * units + units * (weights + units));
        }
        return new WorkEstimate(what, bytes, steps);
    }

    /** A growable array of doubles, summarised by sorting it in place. */
    private static final class Pool {
        private double[] values;
        private int size;

        Pool(int capacity) {
            values = new double[capacity];
        }

        void add(double value) {
            if (size == values.length) {
                long grown = Math.min(Limits.MAX_ARRAY, (long) values.length + (values.length >> 1) + 16);
                if (grown <= size) {
                    throw new IllegalArgumentException("more than " + Limits.number(Limits.MAX_ARRAY)
                            + " breakpoints pooled, more than one Java array holds; draw fewer samples");
                }
                values = Arrays.copyOf(values, (int) grown);
            }
            values[size++] = value;
        }

        SampleStatistics summarize() {
            return SampleStatistics.ofSorting(values, size);
        }
    }
}
