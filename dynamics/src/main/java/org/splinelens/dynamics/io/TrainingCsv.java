package org.splinelens.dynamics.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.splinelens.core.deep.LayerBreakpoints;
import org.splinelens.core.deep.UnitBreakpoints;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.observe.BreakpointMobility;
import org.splinelens.dynamics.observe.BreakpointSnapshot;
import org.splinelens.dynamics.observe.LayerMobility;

/**
 * The CSV formats of a training run, each with a header line and one {@code \n}-terminated row per record. Numbers are
 * written as {@link Double#toString(double)} writes them, so a file reads back to the exact doubles.
 */
public final class TrainingCsv {
    private TrainingCsv() {
    }

    /** @return {@code epoch,loss}: {@code ℓ} after every epoch, epoch 0 being the start */
    public static String loss(double[] lossCurve) {
        StringBuilder csv = new StringBuilder("epoch,loss\n");
        for (int e = 0; e < lossCurve.length; e++) {
            csv.append(e).append(',').append(lossCurve[e]).append('\n');
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
        csv.append("epoch,unit,w,b,v,breakpoint,deltaSlope,orientation\n");
        StringBuilder row = new StringBuilder();
        for (int t = 0; t < epochs.length; t++) {
            ShallowNetwork shallow = (ShallowNetwork) networks.get(t);
            for (int i = 0; i < shallow.width(); i++) {
                double w = shallow.w(i);
                String beta = w == 0 ? "" : Double.toString(-shallow.b(i) / w);
                row.setLength(0);
                row.append(epochs[t]).append(',').append(i).append(',').append(w).append(',').append(shallow.b(i))
                        .append(',').append(shallow.v(i)).append(',').append(beta).append(',')
                        .append(w * shallow.v(i)).append(',').append((int) Math.signum(w)).append('\n');
                csv.append(row);
            }
        }
    }

    /** @return {@code epoch,layer,unit,breakpoint,active}: every induced breakpoint of every hidden unit */
    public static String layerBreakpoints(List<BreakpointSnapshot> snapshots) {
        StringBuilder csv = new StringBuilder();
        appending(() -> layerBreakpoints(snapshots, csv));
        return csv.toString();
    }

    /** Writes {@link #layerBreakpoints(List)} to {@code csv} row by row. */
    public static void layerBreakpoints(List<BreakpointSnapshot> snapshots, Appendable csv) throws IOException {
        csv.append("epoch,layer,unit,breakpoint,active\n");
        StringBuilder row = new StringBuilder();
        for (BreakpointSnapshot snapshot : snapshots) {
            for (LayerBreakpoints layer : snapshot.analysis().layers()) {
                for (UnitBreakpoints unit : layer.units()) {
                    double[] beta = unit.breakpoints();
                    boolean[] active = unit.active();
                    for (int k = 0; k < beta.length; k++) {
                        row.setLength(0);
                        row.append(snapshot.epoch()).append(',').append(layer.layer()).append(',').append(unit.unit())
                                .append(',').append(beta[k]).append(',').append(active[k]).append('\n');
                        csv.append(row);
                    }
                }
            }
        }
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
                csv.append(epochs[t]).append(',').append(l + 1).append(',').append(rho[t][l]).append('\n');
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
                    .append(',').append(layer.totalChanges()).append(',').append(layer.matchedPairs())
                    .append(',').append(layer.meanVelocity()).append(',')
                    .append(mobility.relativeVelocity(layer.layer())).append('\n');
        }
        return csv.toString();
    }
}
