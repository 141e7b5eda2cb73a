package org.splinelens.core.testing;

import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;

/**
 * The sawtooth nets of Telgarsky's depth separation: two units a layer computing the tent map
 * {@code t(u) = 2 relu(u) − 4 relu(u − ½)}, composed {@code L} times, so the network has {@code L} hidden layers and
 * {@code 2^L} linear pieces on [0, 1] (plus the two outer rays): the smallest nets whose exact analysis is
 * exponential in depth, for the tests of piece limits.
 */
public final class Sawtooth {
    private Sawtooth() {
    }

    /** @return the sawtooth with {@code hiddenLayers >= 1} hidden layers of two units */
    public static DeepNetwork of(int hiddenLayers) {
        int[] widths = new int[hiddenLayers];
        java.util.Arrays.fill(widths, 2);
        DeepArchitecture arch = new DeepArchitecture(widths);
        double[] theta = new double[arch.parameterCount()];
        theta[arch.weightOffset(0)] = 1;
        theta[arch.weightOffset(0) + 1] = 1;
        theta[arch.biasOffset(0) + 1] = -0.5;
        for (int l = 1; l < hiddenLayers; l++) {
            for (int row = 0; row < 2; row++) {
                theta[arch.weightOffset(l) + 2 * row] = 2;
                theta[arch.weightOffset(l) + 2 * row + 1] = -4;
            }
            theta[arch.biasOffset(l) + 1] = -0.5;
        }
        theta[arch.weightOffset(hiddenLayers)] = 2;
        theta[arch.weightOffset(hiddenLayers) + 1] = -4;
        return DeepNetwork.of(arch, theta);
    }
}
