package org.splinelens.init.random;

import java.util.random.RandomGenerator;

/**
 * The law of one parameter of an affine layer, given where it sits: with {@link LayerwiseInitializer}, the extension
 * point for initializers that draw every parameter independently (docs/EXTENDING.md).
 */
@FunctionalInterface
public interface LayerLaw {

    /**
     * @param layer  0-based affine layer; {@code output} marks the last one
     * @param fanIn  the layer's input size
     * @param fanOut the layer's output size
     * @param bias   whether the parameter is a bias
     */
    double draw(RandomGenerator random, int layer, int fanIn, int fanOut, boolean output, boolean bias);

    static double uniform(RandomGenerator random, double bound) {
        return bound * (2 * random.nextDouble() - 1);
    }
}
