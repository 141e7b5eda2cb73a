package org.splinelens.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.spline.Bdso;
import org.splinelens.core.testing.KolmogorovSmirnov;

/**
 * Thm 1 / Cor 1 for every named initializer that has a theory: 200,000 units (200 shallow nets of width 1,000, fixed
 * seed) against the breakpoint and delta-slope marginals, Kolmogorov–Smirnov distance below the 0.1% critical value
 * 1.95/√n.
 */
class InitializerTheoryTest {
    private static final int WIDTH = 1000;
    private static final int NETS = 200;

    @Test
    void sampledUnitsOfEveryInitializerMatchTheirTheory() {
        Map<String, InitializerPlugin> registry = PluginRegistry.of(List.of(new InitModule()))
                .plugins(InitializerPlugin.class);
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, InitializerPlugin> e : registry.entrySet()) {
            var theory = e.getValue().theory(Map.of(), WIDTH);
            if (theory.isEmpty()) {
                continue;
            }
            checked.add(e.getKey());
            Initializer init = e.getValue().create(Map.of());
            SplittableRandom random = new SplittableRandom(42);
            double[] beta = new double[WIDTH * NETS];
            double[] mu = new double[WIDTH * NETS];
            int n = 0;
            for (int k = 0; k < NETS; k++) {
                ShallowNetwork net = init.shallow(WIDTH, null, random);
                Bdso bdso = Bdso.of(net);
                System.arraycopy(bdso.breakpoints(), 0, beta, n, bdso.size());
                System.arraycopy(bdso.deltaSlopes(), 0, mu, n, bdso.size());
                n += bdso.size();
            }
            double bound = 1.95 / Math.sqrt(n);
            assertThat(KolmogorovSmirnov.distance(Arrays.copyOf(beta, n),
                    theory.get().breakpoints(null)::cumulativeProbability)).as("%s breakpoints", e.getKey())
                    .isLessThan(bound);
            assertThat(KolmogorovSmirnov.distance(Arrays.copyOf(mu, n),
                    theory.get().deltaSlopes(null)::cumulativeProbability)).as("%s delta-slopes", e.getKey())
                    .isLessThan(bound);
        }
        assertThat(checked).containsAll(List.of("gaussian", "uniform", "he-normal", "he-uniform", "glorot-normal",
                "glorot-uniform", "pytorch-default"));
    }
}
