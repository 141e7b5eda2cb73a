package org.splinelens.init.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Samplers;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.Bdso;
import org.splinelens.core.testing.KolmogorovSmirnov;
import org.splinelens.core.testing.PluginContract;
import org.splinelens.init.Initializer;
import org.splinelens.init.InitializerPlugin;
import org.splinelens.init.theory.InitTheory;

/**
 * What every initializer plugin promises, with its default config: shallow networks of every width from 2 up, of
 * exactly the asked width, every parameter finite, and the same networks again from the same seed. A width of 1 or a
 * deep architecture may be refused, but only cleanly: an {@link InvalidInputException} (one line for the user), never
 * another exception; when accepted, the same promises hold. Data-dependent initializers get the data (sin sampled
 * every 0.1 on [−2, 2]).
 */
public interface InitializerContract extends PluginContract {

    @TestFactory
    default Stream<DynamicTest> initializersDrawFiniteNetworksOfTheAskedShapeReproducibly() {
        Dataset data = Dataset.sample(Samplers.grid(-2, 2, 0.1), Math::sin);
        DeepArchitecture deep = new DeepArchitecture(6, 5, 4);
        return each("initializer", InitializerPlugin.class, factory -> {
            Initializer init = factory.create(Map.of());
            for (int width : new int[] {2, 7, 40}) {
                ShallowNetwork a = init.shallow(width, data, new SplittableRandom(width));
                ShallowNetwork b = init.shallow(width, data, new SplittableRandom(width));
                assertThat(a.width()).as("width").isEqualTo(width);
                assertThat(Arrays.stream(a.parameters()).allMatch(Double::isFinite)).as("finite at width %d", width)
                        .isTrue();
                assertThat(b.parameters()).as("same seed, same net").containsExactly(a.parameters());
            }
            ShallowNetwork single = refusedCleanly(() -> init.shallow(1, data, new SplittableRandom(1)));
            if (single != null) {
                assertThat(single.width()).isEqualTo(1);
                assertThat(Arrays.stream(single.parameters()).allMatch(Double::isFinite)).as("finite").isTrue();
            }
            DeepNetwork a = refusedCleanly(() -> init.deep(deep, data, new SplittableRandom(3)));
            if (a != null) {
                DeepNetwork b = init.deep(deep, data, new SplittableRandom(3));
                assertThat(a.architecture()).isEqualTo(deep);
                assertThat(Arrays.stream(a.parameters()).allMatch(Double::isFinite)).as("finite deep").isTrue();
                assertThat(b.parameters()).as("same seed, same deep net").containsExactly(a.parameters());
            }
        });
    }

    /**
     * An initializer that declares its shallow function-space law (Thm 1, Cor 1) must draw by it: 10,000 units (25
     * shallow nets of width 400, fixed seed) against the declared breakpoint and delta-slope marginals, Kolmogorov–Smirnov
     * distance below the 0.1% critical value 1.95/√n. One test per covered initializer that declares a theory.
     */
    @TestFactory
    default Stream<DynamicTest> aDeclaredTheoryDescribesTheDraws() {
        int width = 400;
        Dataset data = Dataset.sample(Samplers.grid(-2, 2, 0.1), Math::sin);
        return plugins().plugins(InitializerPlugin.class).values().stream()
                .filter(plugin -> covers(plugin.name()) && plugin.theory(Map.of(), width).isPresent())
                .map(plugin -> DynamicTest.dynamicTest("initializer " + plugin.name() + " theory", () -> {
                    InitTheory theory = plugin.theory(Map.of(), width).orElseThrow();
                    Initializer init = plugin.create(Map.of());
                    SplittableRandom random = new SplittableRandom(11);
                    double[] beta = new double[25 * width];
                    double[] mu = new double[beta.length];
                    int n = 0;
                    for (int k = 0; k < 25; k++) {
                        Bdso bdso = Bdso.of(init.shallow(width, data, random));
                        System.arraycopy(bdso.breakpoints(), 0, beta, n, bdso.size());
                        System.arraycopy(bdso.deltaSlopes(), 0, mu, n, bdso.size());
                        n += bdso.size();
                    }
                    double bound = 1.95 / Math.sqrt(n);
                    assertThat(KolmogorovSmirnov.distance(Arrays.copyOf(beta, n),
                            theory.breakpoints(null)::cumulativeProbability)).as("breakpoints").isLessThan(bound);
                    assertThat(KolmogorovSmirnov.distance(Arrays.copyOf(mu, n),
                            theory.deltaSlopes(null)::cumulativeProbability)).as("delta-slopes").isLessThan(bound);
                }));
    }


    /** @return the draw, or null when the initializer refuses the shape with a one-line input error */
    private static <T> T refusedCleanly(Supplier<T> draw) {
        try {
            return draw.get();
        } catch (InvalidInputException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
            return null;
        }
    }
}
