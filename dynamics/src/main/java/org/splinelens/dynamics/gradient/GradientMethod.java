package org.splinelens.dynamics.gradient;

import java.util.Arrays;
import java.util.Locale;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/** How the full-batch loss and gradient are computed; every method is exact and they agree to rounding. */
public enum GradientMethod {
    /** The default: {@link #SWEEP} for shallow nets, {@link #DENSE} for deep nets. */
    AUTO,
    /** Dense O(N·parameters) evaluation, point by point. */
    DENSE,
    /** {@link SweepShallowObjective}, O(N + H log N); shallow nets only. */
    SWEEP;

    /** @return the objective of {@code network}'s shape on {@code data} (the network's parameters are not used) */
    public Objective objective(UnivariateNetwork network, Dataset data) {
        double[] x = data.x();
        double[] y = data.y();
        if (network instanceof ShallowNetwork shallow) {
            return this == DENSE ? new DenseShallowObjective(shallow.width(), x, y)
                    : new SweepShallowObjective(shallow.width(), x, y);
        }
        if (this == SWEEP) {
            throw new InvalidInputException("gradient method sweep works on shallow networks only");
        }
        return new DenseDeepObjective(((DeepNetwork) network).architecture(), x, y);
    }

    /** @return the method named {@code name} (case-insensitive), failing with the list of names */
    public static GradientMethod named(String name) {
        for (GradientMethod m : values()) {
            if (m.name().equalsIgnoreCase(name)) {
                return m;
            }
        }
        throw new InvalidInputException("gradient method: expected one of " + Arrays.toString(values())
                .toLowerCase(Locale.ROOT) + ", got '" + name + "'");
    }
}
