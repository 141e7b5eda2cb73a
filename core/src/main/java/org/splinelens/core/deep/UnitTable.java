package org.splinelens.core.deep;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The units of one hidden layer as flat primitive arrays, read as an immutable {@code List<UnitBreakpoints>}: unit
 * {@code u}'s breakpoints are {@code breakpoints[starts[u] … starts[u + 1])}, with their activity and delta-slopes
 * alongside. A layer of a million units then costs about 21 bytes a unit instead of a record and three arrays each
 * (some 150 bytes), which is what lets a training run keep a snapshot of a wide shallow net at every observation.
 * {@link #get} builds the record on demand.
 */
final class UnitTable extends AbstractList<UnitBreakpoints> implements RandomAccess {
    private final int layer;
    private final int[] starts;
    private final double[] breakpoints;
    private final boolean[] active;
    private final double[] deltaSlopes;

    /** Takes the arrays as they are: the caller hands them over and keeps no reference. */
    UnitTable(int layer, int[] starts, double[] breakpoints, boolean[] active, double[] deltaSlopes) {
        if (starts.length == 0 || starts[0] != 0 || starts[starts.length - 1] != breakpoints.length
                || active.length != breakpoints.length || deltaSlopes.length != breakpoints.length) {
            throw new IllegalArgumentException("unit table: starts must run from 0 to the number of breakpoints,"
                    + " which active and deltaSlopes must match");
        }
        this.layer = layer;
        this.starts = starts;
        this.breakpoints = breakpoints;
        this.active = active;
        this.deltaSlopes = deltaSlopes;
    }

    /**
     * @param units unit {@code u} at index {@code u}, every one of layer {@code layer}
     * @return the units as a table ({@code units} itself when it is one)
     */
    static UnitTable of(int layer, List<UnitBreakpoints> units) {
        if (units instanceof UnitTable table && table.layer == layer) {
            return table;
        }
        int[] starts = new int[units.size() + 1];
        for (int u = 0; u < units.size(); u++) {
            UnitBreakpoints unit = units.get(u);
            if (unit.layer() != layer || unit.unit() != u) {
                throw new IllegalArgumentException("layer " + layer + ": entry " + u + " is unit " + unit.unit()
                        + " of layer " + unit.layer() + "; units must be listed in unit order");
            }
            starts[u + 1] = Math.addExact(starts[u], unit.breakpointCount());
        }
        double[] beta = new double[starts[units.size()]];
        boolean[] on = new boolean[beta.length];
        double[] delta = new double[beta.length];
        for (int u = 0; u < units.size(); u++) {
            units.get(u).copyInto(beta, on, delta, starts[u]);
        }
        return new UnitTable(layer, starts, beta, on, delta);
    }

    @Override
    public UnitBreakpoints get(int u) {
        int from = starts[u];
        int to = starts[u + 1];
        return new UnitBreakpoints(layer, u, Arrays.copyOfRange(breakpoints, from, to),
                Arrays.copyOfRange(active, from, to), Arrays.copyOfRange(deltaSlopes, from, to));
    }

    @Override
    public int size() {
        return starts.length - 1;
    }

    int start(int unit) {
        return starts[unit];
    }

    double breakpoint(int index) {
        return breakpoints[index];
    }

    boolean isActive(int index) {
        return active[index];
    }

    double deltaSlope(int index) {
        return deltaSlopes[index];
    }

    /** @return the breakpoints of all units */
    int breakpointCount() {
        return breakpoints.length;
    }

    /** @return the active breakpoints of all units */
    int activeCount() {
        int count = 0;
        for (boolean on : active) {
            if (on) {
                count++;
            }
        }
        return count;
    }

    /** @return {@code Σ Δ²} over all units' breakpoints, summed unit by unit as the records would sum it */
    double roughness() {
        double sum = 0;
        for (int u = 0; u < size(); u++) {
            double unit = 0;
            for (int k = starts[u]; k < starts[u + 1]; k++) {
                unit += deltaSlopes[k] * deltaSlopes[k];
            }
            sum += unit;
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof UnitTable other) {
            return layer == other.layer && Arrays.equals(starts, other.starts)
                    && Arrays.equals(breakpoints, other.breakpoints) && Arrays.equals(active, other.active)
                    && Arrays.equals(deltaSlopes, other.deltaSlopes);
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
