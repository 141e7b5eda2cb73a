package org.splinelens.experiments.roughnessbylayer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.splinelens.core.deep.BasisFunctions;
import org.splinelens.core.limits.PrecisionExceeded;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.train.TrainingObserver;

/**
 * Reading (b) of FC Fig 3 during training: at every observation, the roughness of each hidden layer's basis
 * functions, {@code Σ_i ρ(x_i^{(ℓ)})} with {@code x_i^{(ℓ)}(x) = relu(z_i^{(ℓ)}(x))} the unit's own function of the
 * input and {@code ρ(f) = Σ_k (m_k − m_{k−1})²} its squared slope jumps, and the same for the pre-activations
 * {@code z_i^{(ℓ)}} ({@link BasisFunctions}, exact). One trial's recorder, on the training thread.
 */
final class BasisRoughnessRecorder implements TrainingObserver {
    private final List<Integer> epochs = new ArrayList<>();
    private final List<double[]> activations = new ArrayList<>();
    private final List<double[]> preActivations = new ArrayList<>();

    /**
     * Records the observation; a network whose basis functions pass double precision gets NaN at every layer, which the
     * summary leaves out of the means, rather than failing the trial (the other readings of it may still be measured).
     */
    @Override
    public void observe(int epoch, double loss, UnivariateNetwork network) {
        DeepNetwork deep = network.asDeep();
        epochs.add(epoch);
        try {
            BasisFunctions basis = BasisFunctions.of(deep);
            activations.add(basis.activationRoughnessByLayer());
            preActivations.add(basis.preActivationRoughnessByLayer());
        } catch (PrecisionExceeded e) {
            double[] unmeasured = new double[deep.architecture().hiddenLayers()];
            Arrays.fill(unmeasured, Double.NaN);
            activations.add(unmeasured);
            preActivations.add(unmeasured.clone());
        }
    }

    /** @return the observed epochs */
    int[] epochs() {
        return epochs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** @return {@code Σ_i ρ(x_i^{(ℓ)})} at index {@code [observation][ℓ − 1]} */
    double[][] activationRoughness() {
        return activations.toArray(double[][]::new);
    }

    /** @return {@code Σ_i ρ(z_i^{(ℓ)})} at index {@code [observation][ℓ − 1]} */
    double[][] preActivationRoughness() {
        return preActivations.toArray(double[][]::new);
    }
}
