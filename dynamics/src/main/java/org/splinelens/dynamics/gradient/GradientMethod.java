package org.splinelens.dynamics.gradient;

import java.util.Arrays;
import java.util.Locale;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/** How the full-batch loss and gradient are computed; every method is exact and they agree to rounding. */
public enum GradientMethod {
    /** The default: {@link #SWEEP} for shallow nets, {@link #REGION} for deep nets. */
    AUTO,
    /** Dense O(N·parameters) evaluation, point by point. */
    DENSE,
    /**
     * {@link SweepShallowObjective}, O(N + H log N), or with batch normalisation {@link SweepBatchNormObjective},
     * O(B log B + H log B) per batch of B points; shallow nets only.
     */
    SWEEP,
    /** {@link RegionDeepObjective}, O(K·parameters + N) over the K linear regions the data meet; deep nets only. */
    REGION;

    /** @return the objective of {@code network}'s shape on {@code data} (the network's parameters are not used) */
    public Objective objective(UnivariateNetwork network, Dataset data) {
        double[] x = data.x();
        double[] y = data.y();
        if (network instanceof ShallowNetwork shallow) {
            if (this == REGION) {
                throw new InvalidInputException("gradient method region works on deep networks only");
            }
            return this == DENSE ? new DenseShallowObjective(shallow.width(), x, y)
                    : new SweepShallowObjective(shallow.width(), x, y);
        }
        if (this == SWEEP) {
            throw new InvalidInputException("gradient method sweep works on shallow networks only");
        }
        DeepNetwork deep = (DeepNetwork) network;
        return this == DENSE ? new DenseDeepObjective(deep.architecture(), x, y)
                : new RegionDeepObjective(deep.architecture(), x, y);
    }

    /** @return the method {@link #objective} resolves to for {@code network} ({@link #AUTO} made concrete) */
    public GradientMethod resolve(UnivariateNetwork network) {
        if (this != AUTO) {
            return this;
        }
        return network instanceof ShallowNetwork ? SWEEP : REGION;
    }

    /** @return the method named {@code name} (case-insensitive), failing with the list of names */
    public static GradientMethod named(String name) {
        for (GradientMethod m : values()) {
            if (m.name().equalsIgnoreCase(name)) {
                return m;
            }
        }
        throw new InvalidInputException("gradient method: expected one of " + Arrays.toString(values())
                .toLowerCase(Locale.ROOT) + ", got " + Excerpt.of(name));
    }
}
