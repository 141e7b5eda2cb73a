package org.splinelens.init.random;

import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.init.Initializer;

/**
 * Draws every parameter independently from a {@link LayerLaw}, in the flat layout order (layer by layer, weights row
 * by row, then biases). A shallow net is the one-hidden-layer case, so the papers' shallow conventions are the deep
 * rules at {@code fanIn = 1} (first layer) and {@code fanIn = H} (output layer).
 */
public final class LayerwiseInitializer implements Initializer {
    private final LayerLaw law;

    public LayerwiseInitializer(LayerLaw law) {
        this.law = java.util.Objects.requireNonNull(law, "law");
    }

    @Override
    public ShallowNetwork shallow(int width, Dataset data, RandomGenerator random) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be >= 1, got " + width);
        }
        return deep(new DeepArchitecture(width), data, random).asShallow();
    }

    @Override
    public DeepNetwork deep(DeepArchitecture arch, Dataset data, RandomGenerator random) {
        double[] theta = new double[arch.parameterCount()];
        int last = arch.layers() - 1;
        for (int l = 0; l <= last; l++) {
            int fanIn = arch.inputSize(l);
            int fanOut = arch.outputSize(l);
            for (int k = arch.weightOffset(l); k < arch.biasOffset(l); k++) {
                theta[k] = law.draw(random, l, fanIn, fanOut, l == last, false);
            }
            for (int j = 0; j < fanOut; j++) {
                theta[arch.biasOffset(l) + j] = law.draw(random, l, fanIn, fanOut, l == last, true);
            }
        }
        return DeepNetwork.of(arch, theta);
    }
}
