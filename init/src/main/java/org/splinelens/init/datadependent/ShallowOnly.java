package org.splinelens.init.datadependent;

import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.init.Initializer;

/** Base of the initializers that are constructed for shallow networks from the data range. */
abstract class ShallowOnly implements Initializer {
    private final String name;

    ShallowOnly(String name) {
        this.name = name;
    }

    @Override
    public DeepNetwork deep(DeepArchitecture architecture, Dataset data, RandomGenerator random) {
        throw new InvalidInputException("initializer " + name + " constructs shallow networks only; a deep '" + name
                + "' start needs pre-training (paper Sec 4.2)");
    }

    /** @return {@code [x_min, x_max]} of the data, failing with a message naming the initializer when there is none */
    double[] range(Dataset data) {
        if (data == null) {
            throw new InvalidInputException("initializer " + name + " is data-dependent: it needs the training data"
                    + " (--data FILE)");
        }
        double lo = data.minX();
        double hi = data.maxX();
        if (!(hi > lo)) {
            throw new InvalidInputException("initializer " + name + " needs data spanning a range, got x_min = x_max = "
                    + lo);
        }
        return new double[] {lo, hi};
    }

    static void checkWidth(String name, int width, int min) {
        if (width < min) {
            throw new InvalidInputException("initializer " + name + ": width must be >= " + min + ", got " + width);
        }
    }

    /** @return {@code count} sorted, distinct draws from {@code U[lo, hi]} */
    static double[] sortedUniform(double lo, double hi, int count, RandomGenerator random) {
        double[] x = new double[count];
        boolean distinct;
        do {
            for (int i = 0; i < count; i++) {
                x[i] = lo + (hi - lo) * random.nextDouble();
            }
            java.util.Arrays.sort(x);
            distinct = true;
            for (int i = 1; i < count; i++) {
                distinct &= x[i] > x[i - 1];
            }
        } while (!distinct);
        return x;
    }
}
