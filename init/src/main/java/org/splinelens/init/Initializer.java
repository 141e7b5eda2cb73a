package org.splinelens.init;

import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;

/**
 * Draws initial networks. Every random draw comes from the caller's generator, so a network is a function of the
 * generator's seed; {@code data} may be {@code null} for initializers that do not look at the data.
 */
public interface Initializer {

    /** @return a shallow network of {@code width >= 1} hidden units */
    ShallowNetwork shallow(int width, Dataset data, RandomGenerator random);

    /** @return a deep network of the given architecture */
    DeepNetwork deep(DeepArchitecture architecture, Dataset data, RandomGenerator random);
}
