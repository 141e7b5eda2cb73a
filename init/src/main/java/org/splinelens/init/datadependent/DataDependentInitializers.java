package org.splinelens.init.datadependent;

import java.util.List;
import java.util.Map;
import org.splinelens.init.InitializerFactory;
import org.splinelens.init.random.RandomInitializers;

/** The data-dependent and constructed initializers, as plugins. */
public final class DataDependentInitializers {
    private DataDependentInitializers() {
    }

    public static List<InitializerFactory<?>> all() {
        var pytorch = RandomInitializers.pytorchDefault();
        return List.of(
                new InitializerFactory<>("uniform-breakpoints",
                        "breakpoints U[x_min, x_max], values of a PyTorch-default start + N(0, noise^2) (Sec 4.1)",
                        DataDependentConfigs.UniformBreakpoints.class, DataDependentConfigs.UniformBreakpoints.DEFAULTS,
                        c -> new UniformBreakpointsInitializer(pytorch.create(Map.of()), c.noise())),
                new InitializerFactory<>("spiky", "random CPWL, H-1 knots on the data range, values U[-2, 2] (Sec 4.2)",
                        DataDependentConfigs.Spiky.class, DataDependentConfigs.Spiky.DEFAULTS,
                        c -> new SpikyInitializer(c.amplitude())),
                new InitializerFactory<>("flat", "w = +-1, breakpoints tiling the data range, v = 0 (Sec 4.4)",
                        DataDependentConfigs.Flat.class, DataDependentConfigs.Flat.DEFAULTS,
                        c -> new FlatInitializer()));
    }
}
