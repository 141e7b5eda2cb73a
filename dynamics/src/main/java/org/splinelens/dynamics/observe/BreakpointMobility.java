package org.splinelens.dynamics.observe;

import java.util.ArrayList;
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
        Accumulator mobility = new Accumulator(lo, hi);
        snapshots.forEach(mobility::add);
        return mobility.result();
    }

    /** @return the mean velocity of hidden layer {@code layer} (from 1) over that of layer 1 */
    public double relativeVelocity(int layer) {
        return layers.get(layer - 1).meanVelocity() / layers.get(0).meanVelocity();
    }

    /**
     * Mobility taken one snapshot at a time, as a run observes them: after the snapshots of a run have been added in
     * order, {@link #result} is {@link BreakpointMobility#of(List, double, double)} of them. Each addition costs one
     * interval's matching; nothing but the latest snapshot is kept.
     */
    public static final class Accumulator {
        private final double lo;
        private final double hi;
        private Tally tally;
        private BreakpointSnapshot latest;
        private int count;

        /** @param lo left end of the window; {@code hi} its right end */
        public Accumulator(double lo, double hi) {
            if (!(lo <= hi)) {
                throw new IllegalArgumentException("mobility window: expected lo <= hi, got [" + lo + ", " + hi + "]");
            }
            this.lo = lo;
            this.hi = hi;
        }

        /** @param next the next snapshot: of the same architecture, at a later epoch than the one before */
        public void add(BreakpointSnapshot next) {
            if (latest == null) {
                tally = new Tally(next.layers(), lo, hi);
            } else {
                int dt = next.epoch() - latest.epoch();
                if (dt <= 0 || next.layers() != latest.layers()) {
                    throw new IllegalArgumentException("mobility: snapshots must share an architecture and have"
                            + " increasing epochs (epoch " + latest.epoch() + " then " + next.epoch() + ")");
                }
                for (int l = 0; l < next.layers(); l++) {
                    tally.interval(l, latest.analysis().layers().get(l), next.analysis().layers().get(l), dt);
                }
            }
            latest = next;
            count++;
        }

        /** @return the snapshots added */
        public int count() {
            return count;
        }

        /** @return the mobility over the snapshots added, at least two */
        public BreakpointMobility result() {
            if (count < 2) {
                throw new IllegalArgumentException("mobility needs at least two snapshots, got " + count);
            }
            List<LayerMobility> layers = new ArrayList<>(tally.pairs.length);
            for (int l = 0; l < tally.pairs.length; l++) {
                layers.add(new LayerMobility(l + 1, tally.births[l], tally.deaths[l], tally.pairs[l],
                        tally.pairs[l] == 0 ? Double.NaN : tally.speedSum[l] / tally.pairs[l]));
            }
            return new BreakpointMobility(layers);
        }
    }

    /**
     * The running sums of {@link #of}, read straight from the layers' flat breakpoint tables: a unit with one
     * breakpoint before and after (every unit of a shallow net) is paired in O(1), and the general matching reuses one
     * table and two buffers, so a wide layer costs no allocation per unit.
     */
    private static final class Tally {
        final int[] births;
        final int[] deaths;
        final int[] pairs;
        final double[] speedSum;
        private final double lo;
        private final double hi;
        private final BreakpointMatching matching = new BreakpointMatching();
        private double[] from = new double[4];
        private double[] to = new double[4];
        private int[] partner = new int[4];

        Tally(int depth, double lo, double hi) {
            births = new int[depth];
            deaths = new int[depth];
            pairs = new int[depth];
            speedSum = new double[depth];
            this.lo = lo;
            this.hi = hi;
        }

        void interval(int l, LayerBreakpoints a, LayerBreakpoints b, int dt) {
            int units = a.units().size();
            for (int u = 0; u < units; u++) {
                int fromStart = firstInside(a, a.firstBreakpoint(u), a.firstBreakpoint(u + 1));
                int fromEnd = endInside(a, fromStart, a.firstBreakpoint(u + 1));
                int toStart = firstInside(b, b.firstBreakpoint(u), b.firstBreakpoint(u + 1));
                int toEnd = endInside(b, toStart, b.firstBreakpoint(u + 1));
                int p = fromEnd - fromStart;
                int q = toEnd - toStart;
                births[l] += Math.max(0, q - p);
                deaths[l] += Math.max(0, p - q);
                if (p == 1 && q == 1) {
                    pairs[l]++;
                    speedSum[l] += Math.abs(b.breakpoint(toStart) - a.breakpoint(fromStart)) / dt;
                } else if (p > 0 && q > 0) {
                    match(l, a, fromStart, p, b, toStart, q, dt);
                }
            }
        }

        private void match(int l, LayerBreakpoints a, int fromStart, int p, LayerBreakpoints b, int toStart, int q,
                int dt) {
            if (from.length < Math.max(p, q) || to.length < Math.max(p, q)) {
                from = new double[2 * Math.max(p, q)];
                to = new double[from.length];
                partner = new int[from.length];
            }
            for (int k = 0; k < p; k++) {
                from[k] = a.breakpoint(fromStart + k);
            }
            for (int k = 0; k < q; k++) {
                to[k] = b.breakpoint(toStart + k);
            }
            // the shorter side is embedded into the longer; the displacements are the same either way round
            double[] shorter = p <= q ? from : to;
            double[] longer = p <= q ? to : from;
            int count = Math.min(p, q);
            matching.embed(shorter, count, longer, Math.max(p, q), partner);
            for (int k = 0; k < count; k++) {
                pairs[l]++;
                speedSum[l] += Math.abs(longer[partner[k]] - shorter[k]) / dt;
            }
        }

        private int firstInside(LayerBreakpoints layer, int start, int end) {
            while (start < end && layer.breakpoint(start) < lo) {
                start++;
            }
            return start;
        }

        private int endInside(LayerBreakpoints layer, int start, int end) {
            while (end > start && layer.breakpoint(end - 1) > hi) {
                end--;
            }
            return end;
        }
    }
}
