package org.splinelens.dynamics.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.splinelens.core.deep.PieceLimit;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.train.TrainingObserver;

/**
 * Records a {@link BreakpointSnapshot} at every observation of a run (epochs 0, k, 2k, … and the last): the
 * breakpoint trajectory of every layer, from which {@link #roughnessByLayer()} and {@link BreakpointMobility} are
 * derived. Costs one exact breakpoint analysis per observation.
 */
public final class SnapshotRecorder implements TrainingObserver {
    private final List<BreakpointSnapshot> snapshots = new ArrayList<>();
    private final PieceLimit limit;

    /** A recorder whose analyses have no bound on their pieces (memory is still checked). */
    public SnapshotRecorder() {
        this(PieceLimit.NONE);
    }

    /** @param limit the most pieces each analysis of a deep network may track */
    public SnapshotRecorder(PieceLimit limit) {
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    @Override
    public void observe(int epoch, double loss, UnivariateNetwork network) {
        record(snapshot(epoch, loss, network));
    }

    /**
     * @return the snapshot {@link #observe} would record, under this recorder's piece limit, not recorded: a caller
     *         that analyses on one thread and records on another uses this and {@link #record}
     */
    public BreakpointSnapshot snapshot(int epoch, double loss, UnivariateNetwork network) {
        return BreakpointSnapshot.of(epoch, loss, network, limit);
    }

    /** Records {@code snapshot} as the latest observation. */
    public void record(BreakpointSnapshot snapshot) {
        snapshots.add(Objects.requireNonNull(snapshot, "snapshot"));
    }

    /** @return the snapshots in observation order */
    public List<BreakpointSnapshot> snapshots() {
        return List.copyOf(snapshots);
    }

    /** @return the observed epochs */
    public int[] epochs() {
        return snapshots.stream().mapToInt(BreakpointSnapshot::epoch).toArray();
    }

    /**
     * @return {@code ρ^{(ℓ)}(t)} at index {@code [observation][ℓ − 1]}: the roughness of each hidden layer, the sum of
     * its units' squared delta-slopes ('functional characterization' Fig 3; see
     * {@link org.splinelens.core.deep.LayerBreakpoints#roughness()})
     */
    public double[][] roughnessByLayer() {
        double[][] rho = new double[snapshots.size()][];
        for (int t = 0; t < rho.length; t++) {
            rho[t] = snapshots.get(t).analysis().roughnessByLayer();
        }
        return rho;
    }
}
