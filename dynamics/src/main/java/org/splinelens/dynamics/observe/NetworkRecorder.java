package org.splinelens.dynamics.observe;

import java.util.ArrayList;
import java.util.List;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.train.TrainingObserver;

/**
 * Records the network itself at every observation (epochs 0, k, 2k, … and the last): the raw parameters behind the
 * BDSO trajectory of a shallow net and the frames of a training movie. Networks are immutable, so nothing is copied.
 */
public final class NetworkRecorder implements TrainingObserver {
    private final List<Integer> epochs = new ArrayList<>();
    private final List<UnivariateNetwork> networks = new ArrayList<>();

    @Override
    public void observe(int epoch, double loss, UnivariateNetwork network) {
        epochs.add(epoch);
        networks.add(network);
    }

    /** @return the observed epochs, in observation order */
    public int[] epochs() {
        return epochs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** @return the network at each observed epoch */
    public List<UnivariateNetwork> networks() {
        return List.copyOf(networks);
    }
}
