package org.splinelens.dynamics.observe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.splinelens.core.deep.LayerBreakpoints;

/**
 * Breakpoint mobility per hidden layer ('functional characterization' Sec 3 and Fig 2: births, deaths and velocity
 * of breakpoints, velocity relative to layer 1).
 *
 * <p>Definitions. Between consecutive snapshots at epochs {@code t < t'}, each unit's breakpoints inside the window
 * {@code [lo, hi]} are paired by {@link BreakpointMatching} (order-preserving, {@code min(p, q)} pairs, least total
 * displacement). A layer's <em>births</em> are {@code Σ max(0, q − p)} and its <em>deaths</em>
 * {@code Σ max(0, p − q)} over its units and all intervals — a unit of layer 1 induces exactly one breakpoint while
 * {@code w ≠ 0}, so layer 1 has none inside an unbounded window. Each pair {@code (a, b)} moves at speed
 * {@code |b − a| / (t' − t)}; a layer's <em>mean velocity</em> averages these speeds over all its pairs and
 * intervals, and its <em>relative velocity</em> divides that by layer 1's. A breakpoint leaving the window counts as a
 * death, one entering as a birth.
 *
 * @param layers hidden layers 1 … L
 */
public record BreakpointMobility(List<LayerMobility> layers) {

    public BreakpointMobility {
        layers = List.copyOf(layers);
    }

    /** @return mobility over the whole line */
    public static BreakpointMobility of(List<BreakpointSnapshot> snapshots) {
        return of(snapshots, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * @param snapshots at least two, of one architecture, in increasing epoch order
     * @param lo        left end of the window
     * @param hi        right end of the window
     */
    public static BreakpointMobility of(List<BreakpointSnapshot> snapshots, double lo, double hi) {
        if (snapshots.size() < 2) {
            throw new IllegalArgumentException("mobility needs at least two snapshots, got " + snapshots.size());
        }
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("mobility window: expected lo <= hi, got [" + lo + ", " + hi + "]");
        }
        int depth = snapshots.get(0).layers();
        int[] births = new int[depth];
        int[] deaths = new int[depth];
        int[] pairs = new int[depth];
        double[] speedSum = new double[depth];
        for (int s = 1; s < snapshots.size(); s++) {
            BreakpointSnapshot before = snapshots.get(s - 1);
            BreakpointSnapshot after = snapshots.get(s);
            int dt = after.epoch() - before.epoch();
            if (dt <= 0 || after.layers() != depth) {
                throw new IllegalArgumentException("mobility: snapshots must share an architecture and have"
                        + " increasing epochs (epoch " + before.epoch() + " then " + after.epoch() + ")");
            }
            for (int l = 0; l < depth; l++) {
                LayerBreakpoints a = before.analysis().layers().get(l);
                LayerBreakpoints b = after.analysis().layers().get(l);
                for (int u = 0; u < a.units().size(); u++) {
                    double[] from = inside(a.units().get(u).breakpoints(), lo, hi);
                    double[] to = inside(b.units().get(u).breakpoints(), lo, hi);
                    births[l] += Math.max(0, to.length - from.length);
                    deaths[l] += Math.max(0, from.length - to.length);
                    int[] partner = BreakpointMatching.match(from, to);
                    for (int k = 0; k < from.length; k++) {
                        if (partner[k] >= 0) {
                            pairs[l]++;
                            speedSum[l] += Math.abs(to[partner[k]] - from[k]) / dt;
                        }
                    }
                }
            }
        }
        List<LayerMobility> layers = new ArrayList<>(depth);
        for (int l = 0; l < depth; l++) {
            layers.add(new LayerMobility(l + 1, births[l], deaths[l], pairs[l],
                    pairs[l] == 0 ? Double.NaN : speedSum[l] / pairs[l]));
        }
        return new BreakpointMobility(layers);
    }

    /** @return the mean velocity of hidden layer {@code layer} (from 1) over that of layer 1 */
    public double relativeVelocity(int layer) {
        return layers.get(layer - 1).meanVelocity() / layers.get(0).meanVelocity();
    }

    private static double[] inside(double[] sorted, double lo, double hi) {
        int from = 0;
        while (from < sorted.length && sorted[from] < lo) {
            from++;
        }
        int to = sorted.length;
        while (to > from && sorted[to - 1] > hi) {
            to--;
        }
        return Arrays.copyOfRange(sorted, from, to);
    }
}
