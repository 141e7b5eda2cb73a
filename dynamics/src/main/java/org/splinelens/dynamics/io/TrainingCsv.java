package org.splinelens.dynamics.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.splinelens.core.io.DecimalText;
import org.splinelens.core.deep.LayerBreakpoints;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.observe.BreakpointMobility;
import org.splinelens.dynamics.observe.BreakpointSnapshot;
import org.splinelens.dynamics.observe.LayerMobility;

/**
 * The CSV formats of a training run, each with a header line and one {@code \n}-terminated row per record. Numbers are
 * written as {@link DecimalText} writes them (Java's {@code Double.toString} layout, shortest digits), so a file
 * reads back to the exact doubles.
 */
public final class TrainingCsv {
    /** The header of {@link #shallowBreakpoints(int[], List)}. */
    public static final String SHALLOW_BREAKPOINTS_HEADER = "epoch,unit,w,b,v,breakpoint,deltaSlope,orientation\n";
    /** The header of {@link #layerBreakpoints(List)}. */
    public static final String LAYER_BREAKPOINTS_HEADER = "epoch,layer,unit,breakpoint,active\n";

    /** Rows are handed on in chunks of about this many characters: few calls, and a buffer that stays small. */
    private static final int FLUSH_CHARS = 1 << 14;

    private TrainingCsv() {
    }

    /** @return {@code epoch,loss}: {@code ℓ} after every epoch, epoch 0 being the start */
    public static String loss(double[] lossCurve) {
        StringBuilder csv = new StringBuilder("epoch,loss\n");
        for (int e = 0; e < lossCurve.length; e++) {
            csv.append(e).append(',');
            DecimalText.append(lossCurve[e], csv);
            csv.append('\n');
        }
        return csv.toString();
    }

    /**
     * @param epochs   the observed epochs
     * @param networks the shallow network at each of them
     * @return {@code epoch,unit,w,b,v,breakpoint,deltaSlope,orientation}: every unit's parameters and BDSO (Eq. 1);
     *         the breakpoint is empty for a unit with {@code w = 0}, which has none
     */
    public static String shallowBreakpoints(int[] epochs, List<UnivariateNetwork> networks) {
        StringBuilder csv = new StringBuilder();
        appending(() -> shallowBreakpoints(epochs, networks, csv));
        return csv.toString();
    }

    /** Writes {@link #shallowBreakpoints(int[], List)} to {@code csv} row by row: a row a unit and observation. */
    public static void shallowBreakpoints(int[] epochs, List<UnivariateNetwork> networks, Appendable csv)
            throws IOException {
        csv.append(SHALLOW_BREAKPOINTS_HEADER);
        StringBuilder rows = new StringBuilder();
        for (int t = 0; t < epochs.length; t++) {
            shallowBreakpointRows(epochs[t], (ShallowNetwork) networks.get(t), rows, csv);
        }
    }

    /**
     * Appends the rows of one observation of {@link #shallowBreakpoints(int[], List)} to {@code csv}, formatted in
     * {@code rows} (a buffer the caller reuses) a few thousand characters at a time.
     */
    public static void shallowBreakpointRows(int epoch, ShallowNetwork shallow, StringBuilder rows, Appendable csv)
            throws IOException {
        rows.setLength(0);
        for (int i = 0; i < shallow.width(); i++) {
            double w = shallow.w(i);
            double b = shallow.b(i);
            double v = shallow.v(i);
            rows.append(epoch).append(',').append(i).append(',');
            DecimalText.append(w, rows);
            rows.append(',');
            DecimalText.append(b, rows);
            rows.append(',');
            DecimalText.append(v, rows);
            rows.append(',');
            if (w != 0) {
                DecimalText.append(-b / w, rows);
            }
            rows.append(',');
            DecimalText.append(w * v, rows);
            rows.append(',').append((int) Math.signum(w)).append('\n');
            if (rows.length() >= FLUSH_CHARS) {
                csv.append(rows);
                rows.setLength(0);
            }
        }
        csv.append(rows);
    }

    /** @return {@code epoch,layer,unit,breakpoint,active}: every induced breakpoint of every hidden unit */
    public static String layerBreakpoints(List<BreakpointSnapshot> snapshots) {
        StringBuilder csv = new StringBuilder();
        appending(() -> layerBreakpoints(snapshots, csv));
        return csv.toString();
    }

    /** Writes {@link #layerBreakpoints(List)} to {@code csv} row by row. */
    public static void layerBreakpoints(List<BreakpointSnapshot> snapshots, Appendable csv) throws IOException {
        csv.append(LAYER_BREAKPOINTS_HEADER);
        StringBuilder rows = new StringBuilder();
        for (BreakpointSnapshot snapshot : snapshots) {
            layerBreakpointRows(snapshot, rows, csv);
        }
    }

    /**
     * Appends the rows of one snapshot of {@link #layerBreakpoints(List)} to {@code csv}, formatted in {@code rows}.
     */
    public static void layerBreakpointRows(BreakpointSnapshot snapshot, StringBuilder rows, Appendable csv)
            throws IOException {
        rows.setLength(0);
        for (LayerBreakpoints layer : snapshot.analysis().layers()) {
            int units = layer.units().size();
            for (int u = 0; u < units; u++) {
                for (int k = layer.firstBreakpoint(u); k < layer.firstBreakpoint(u + 1); k++) {
                    rows.append(snapshot.epoch()).append(',').append(layer.layer()).append(',').append(u)
                            .append(',');
                    DecimalText.append(layer.breakpoint(k), rows);
                    rows.append(',').append(layer.isActive(k)).append('\n');
                    if (rows.length() >= FLUSH_CHARS) {
                        csv.append(rows);
                        rows.setLength(0);
                    }
                }
            }
        }
        csv.append(rows);
    }

    /** Rows appended to a {@link StringBuilder}, which never throws {@link IOException}. */
    @FunctionalInterface
    private interface Rows {
        void append() throws IOException;
    }

    private static void appending(Rows rows) {
        try {
            rows.append();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param rho {@code ρ^{(ℓ)}} at {@code [observation][ℓ − 1]}, as {@code SnapshotRecorder.roughnessByLayer()}
     * @return {@code epoch,layer,roughness}, layers numbered from 1
     */
    public static String roughness(int[] epochs, double[][] rho) {
        StringBuilder csv = new StringBuilder("epoch,layer,roughness\n");
        for (int t = 0; t < epochs.length; t++) {
            for (int l = 0; l < rho[t].length; l++) {
                csv.append(epochs[t]).append(',').append(l + 1).append(',');
                DecimalText.append(rho[t][l], csv);
                csv.append('\n');
            }
        }
        return csv.toString();
    }

    /** @return {@code layer,births,deaths,totalChanges,matchedPairs,meanVelocity,relativeVelocity}, one row a layer */
    public static String mobility(BreakpointMobility mobility) {
        StringBuilder csv = new StringBuilder(
                "layer,births,deaths,totalChanges,matchedPairs,meanVelocity,relativeVelocity\n");
        for (LayerMobility layer : mobility.layers()) {
            csv.append(layer.layer()).append(',').append(layer.births()).append(',').append(layer.deaths())
                    .append(',').append(layer.totalChanges()).append(',').append(layer.matchedPairs()).append(',');
            DecimalText.append(layer.meanVelocity(), csv);
            csv.append(',');
            DecimalText.append(mobility.relativeVelocity(layer.layer()), csv);
            csv.append('\n');
        }
        return csv.toString();
    }
}
