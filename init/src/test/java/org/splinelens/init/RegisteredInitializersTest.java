package org.splinelens.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Samplers;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.spline.Bdso;
import org.splinelens.core.spline.Pwl;

/** Every registered initializer: right shape, finite, reproducible from its seed, alpha-invariant function. */
class RegisteredInitializersTest {
    private static final Dataset DATA = Dataset.sample(Samplers.grid(-2, 2, 0.1), Math::sin);
    private static Map<String, InitializerPlugin> registered() {
        return PluginRegistry.of(List.of(new InitModule())).plugins(InitializerPlugin.class);
    }

    @Test
    void everyInitializerIsRegisteredAndReproducible() {
        Map<String, InitializerPlugin> all = registered();
        assertThat(all).containsKeys("gaussian", "uniform", "he-normal", "he-uniform", "glorot-normal",
                "glorot-uniform", "pytorch-default", "uniform-breakpoints", "spiky", "flat");
        for (Map.Entry<String, InitializerPlugin> e : all.entrySet()) {
            Initializer init = e.getValue().create(Map.of());
            ShallowNetwork a = init.shallow(9, DATA, new SplittableRandom(5));
            ShallowNetwork b = init.shallow(9, DATA, new SplittableRandom(5));
            assertThat(a).as(e.getKey()).isEqualTo(b);
            assertThat(a.width()).isEqualTo(9);
            if (!List.of("uniform-breakpoints", "spiky", "flat").contains(e.getKey())) {
                DeepNetwork d = init.deep(new DeepArchitecture(4, 3), DATA, new SplittableRandom(5));
                assertThat(d).isEqualTo(init.deep(new DeepArchitecture(4, 3), DATA, new SplittableRandom(5)));
            }
        }
    }

    /** Sec 2.5: alpha rescales (w, b, v) → (αw, αb, v/α) and leaves the function unchanged. */
    @Test
    void alphaLeavesTheFunctionUnchanged() {
        for (Map.Entry<String, InitializerPlugin> e : registered().entrySet()) {
            for (double alpha : new double[] {0.01, 3.0, 100.0}) {
                ShallowNetwork base = e.getValue().create(Map.of()).shallow(7, DATA, new SplittableRandom(3));
                ShallowNetwork scaled = e.getValue().create(Map.of("alpha", alpha)).shallow(7, DATA,
                        new SplittableRandom(3));
                assertThat(scaled.w(0)).isCloseTo(alpha * base.w(0), Offset.offset(1e-12 * alpha));
                for (double x = -3; x <= 3; x += 0.37) {
                    assertThat(scaled.value(x)).as("%s alpha %s", e.getKey(), alpha).isCloseTo(base.value(x),
                            Offset.offset(1e-10 * (1 + Math.abs(base.value(x)))));
                }
            }
            if (!List.of("uniform-breakpoints", "spiky", "flat").contains(e.getKey())) {
                DeepNetwork base = e.getValue().create(Map.of()).deep(new DeepArchitecture(5, 4), null,
                        new SplittableRandom(3));
                DeepNetwork scaled = e.getValue().create(Map.of("alpha", 7.0)).deep(new DeepArchitecture(5, 4), null,
                        new SplittableRandom(3));
                for (double x = -3; x <= 3; x += 0.37) {
                    assertThat(scaled.value(x)).isCloseTo(base.value(x),
                            Offset.offset(1e-10 * (1 + Math.abs(base.value(x)))));
                }
            }
        }
    }

    @Test
    void spikyRealisesItsCpwlExactly() {
        Initializer spiky = registered().get("spiky").create(Map.of());
        ShallowNetwork net = spiky.shallow(21, DATA, new SplittableRandom(8));
        Pwl pwl = Bdso.of(net).toPwl();
        // 20 knots inside the data range, flat outside, |values| <= 2 at the knots
        assertThat(pwl.knotCount()).isEqualTo(20);
        assertThat(pwl.knot(0)).isGreaterThanOrEqualTo(-2);
        assertThat(pwl.knot(19)).isLessThanOrEqualTo(2);
        assertThat(pwl.slope(0)).isCloseTo(0, Offset.offset(1e-12));
        assertThat(pwl.slope(20)).isCloseTo(0, Offset.offset(1e-12));
        for (double knot : pwl.knots()) {
            assertThat(Math.abs(net.value(knot))).isLessThanOrEqualTo(2 + 1e-12);
        }
    }

    @Test
    void flatIsTheZeroFunctionWithBreakpointsTilingTheRange() {
        ShallowNetwork net = registered().get("flat").create(Map.of()).shallow(11, DATA, new SplittableRandom(2));
        Bdso bdso = Bdso.of(net);
        double[] beta = bdso.breakpoints();
        java.util.Arrays.sort(beta);
        for (int i = 0; i < 11; i++) {
            assertThat(beta[i]).isCloseTo(-2 + 0.4 * i, Offset.offset(1e-12));
            assertThat(Math.abs(net.w(i))).isEqualTo(1.0);
        }
        assertThat(bdso.toPwl().knotCount()).isZero();
        assertThat(net.value(0.3)).isZero();
    }

    @Test
    void badSettingsAndMissingDataNameTheProblem() {
        assertThatThrownBy(() -> registered().get("gaussian").create(Map.of("sigmaW", -1.0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sigmaW");
        assertThatThrownBy(() -> registered().get("gaussian").create(Map.of("sigma", 1.0)))
                .hasMessageContaining("unknown key 'sigma'");
        assertThatThrownBy(() -> registered().get("spiky").create(Map.of()).shallow(5, null, new SplittableRandom(1)))
                .hasMessageContaining("needs the training data");
    }
}
