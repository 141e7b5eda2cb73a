package org.splinelens.dynamics.observe;

import java.util.ArrayList;
import java.util.List;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.core.spline.Bdso;
import org.splinelens.dynamics.train.TrainingObserver;

/**
 * Records the BDSO parameters {@code (β, μ, s)} of a shallow network at every observation (Eq. 1): the trajectory
 * of breakpoints and delta-slopes in function space. Deep networks have no BDSO form; use {@link SnapshotRecorder}.
 */
public final class BdsoRecorder implements TrainingObserver {
    private final List<Integer> epochs = new ArrayList<>();
    private final List<Bdso> snapshots = new ArrayList<>();

    @Override
    public void observe(int epoch, double loss, UnivariateNetwork network) {
        if (!(network instanceof ShallowNetwork shallow)) {
            throw new IllegalArgumentException("BDSO snapshots need a shallow network");
        }
        epochs.add(epoch);
        snapshots.add(Bdso.of(shallow));
    }

    /** @return the observed epochs */
    public int[] epochs() {
        return epochs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** @return the BDSO parameters at each observed epoch */
    public List<Bdso> snapshots() {
        return List.copyOf(snapshots);
    }
}
