package org.splinelens.dynamics.observe;

import java.util.ArrayList;
import java.util.List;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.train.TrainingObserver;

/**
 * Records a {@link BreakpointSnapshot} at every observation of a run (epochs 0, k, 2k, … and the last): the
 * breakpoint trajectory of every layer, from which {@link #roughnessByLayer()} and {@link BreakpointMobility} are
 * derived. Costs one exact breakpoint analysis per observation.
 */
public final class SnapshotRecorder implements TrainingObserver {
    private final List<BreakpointSnapshot> snapshots = new ArrayList<>();

    @Override
    public void observe(int epoch, double loss, UnivariateNetwork network) {
        snapshots.add(BreakpointSnapshot.of(epoch, loss, network));
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
