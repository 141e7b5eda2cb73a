package org.splinelens.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import org.splinelens.core.deep.LayerBreakpoints;
import org.splinelens.core.network.DeepNetwork;

/**
 * The console listing of {@code breakpoints}: per hidden layer, its breakpoints in order of position (the leftmost
 * {@link #SHOWN}, then how many more), each with its delta-slope (the change in the output's slope when the unit
 * alone switches there, {@link org.splinelens.core.deep.UnitBreakpoints}), its unit, whether it is active (a knot of
 * the output) and, in layer 1, its orientation {@code s = sign w_i} (SRS Eq. 1: {@code +1} when the unit is on to
 * the right of its breakpoint). Deeper units' pre-activations are piecewise linear in x, so a unit of layer 2 or more
 * has no one orientation; {@code --json} has every breakpoint.
 */
final class BreakpointListing {
    /** Breakpoints listed per layer; a layer of a million units is a count and the leftmost few. */
    static final int SHOWN = 50;

    private BreakpointListing() {
    }

    /** Prints {@code layer} as the class Javadoc says. */
    static void print(PrintWriter out, LayerBreakpoints layer, DeepNetwork network, String tooLarge) {
        int count = layer.breakpointCount();
        out.printf(Locale.ROOT, "layer %d: %d breakpoint%s, %d active%n", layer.layer(), count, count == 1 ? "" : "s",
                layer.activeCount());
        if (count == 0) {
            return;
        }
        boolean first = layer.layer() == 1;
        out.printf(Locale.ROOT, "  %-13s %13s %7s%s  %s%n", "breakpoint", "delta-slope", "unit", first ? "   s" : "",
                "active");
        for (int[] entry : leftmost(layer, SHOWN)) {
            int index = entry[0];
            int unit = entry[1];
            double delta = FiniteResults.require(layer.deltaSlope(index), "the delta-slope of layer " + layer.layer()
                    + ", unit " + unit, tooLarge);
            String orientation = first ? String.format(Locale.ROOT, "  %+d", network.weight(0, unit, 0) > 0 ? 1 : -1)
                    : "";
            out.printf(Locale.ROOT, "  %-13.6g %13.6g %7d%s  %s%n", layer.breakpoint(index), delta, unit, orientation,
                    layer.isActive(index) ? "yes" : "no");
        }
        if (count > SHOWN) {
            out.printf(Locale.ROOT, "  … %d more; --json for all%n", count - SHOWN);
        }
    }

    /**
     * @return the {@code limit} leftmost breakpoints of {@code layer} as {index, unit}, by position (ties by unit),
     *         chosen in one pass with a heap of {@code limit}: no sort of a million-unit layer
     */
    static List<int[]> leftmost(LayerBreakpoints layer, int limit) {
        Comparator<int[]> order = Comparator.<int[]>comparingDouble(e -> layer.breakpoint(e[0]))
                .thenComparingInt(e -> e[1]).thenComparingInt(e -> e[0]);
        PriorityQueue<int[]> kept = new PriorityQueue<>(limit + 1, order.reversed());
        int units = layer.units().size();
        for (int unit = 0; unit < units; unit++) {
            for (int index = layer.firstBreakpoint(unit); index < layer.firstBreakpoint(unit + 1); index++) {
                int[] entry = {index, unit};
                if (kept.size() < limit) {
                    kept.add(entry);
                } else if (order.compare(entry, kept.peek()) < 0) {
                    kept.poll();
                    kept.add(entry);
                }
            }
        }
        List<int[]> sorted = new ArrayList<>(kept);
        sorted.sort(order);
        return sorted;
    }
}
