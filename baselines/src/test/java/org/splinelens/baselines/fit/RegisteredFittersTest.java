package org.splinelens.baselines.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.plugin.PluginRegistry;

/** Every registered fitter: found by name, its RSS matches its own evaluations, its piece count is what it says. */
class RegisteredFittersTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.discover(RegisteredFittersTest.class.getClassLoader());

    private static Dataset noisySine() {
        SplittableRandom r = new SplittableRandom(2);
        double[] x = new double[30];
        double[] y = new double[30];
        for (int n = 0; n < 30; n++) {
            x[n] = -3 + 6 * r.nextDouble();
            y[n] = Math.sin(x[n]) + 0.1 * r.nextGaussian();
        }
        return new Dataset(x, y);
    }

    @Test
    void everyBuiltInFitterIsRegisteredAndItsRssIsItsEvaluatedResidual() {
        Map<String, Fitter> fitters = REGISTRY.plugins(Fitter.class);
        assertThat(fitters).containsKeys("dp", "greedy-merge", "linear", "natural-cubic", "min-norm");
        Dataset data = noisySine();
        for (Fitter fitter : fitters.values()) {
            FitResult fit = fitter.fit(data, new FitRequest(4, 2));
            double rss = 0;
            for (int n = 0; n < data.size(); n++) {
                double e = fit.value(data.x(n)) - data.y(n);
                rss += e * e;
            }
            assertThat(fit.method()).isEqualTo(fitter.name());
            assertThat(fit.rss()).as(fitter.name()).isCloseTo(rss, within(1e-9 * (1 + rss)));
            assertThat(fit.pieces()).as(fitter.name()).isPositive();
            if (!fit.segments().isEmpty()) {
                assertThat(fit.segments()).hasSize(fit.pieces());
            }
        }
        assertThat(fitters.get("dp").fit(data, new FitRequest(4, 2)).pieces()).isEqualTo(4);
        assertThat(fitters.get("linear").fit(data, new FitRequest(0, 1)).pieces()).isEqualTo(29);
        assertThat(fitters.get("natural-cubic").fit(data, new FitRequest(0, 1)).rss()).isLessThan(1e-20);
        // fewer pieces can only cost more: the optimum at 2 pieces is no better than at 4
        assertThat(fitters.get("dp").fit(data, new FitRequest(2, 2)).rss())
                .isGreaterThanOrEqualTo(fitters.get("dp").fit(data, new FitRequest(4, 2)).rss());
    }

    @Test
    void unknownNamesAndImpossibleRequestsSayWhy() {
        assertThatThrownBy(() -> REGISTRY.plugin(Fitter.class, "spline-magic")).hasMessageContaining("fitter")
                .hasMessageContaining("spline-magic");
        Dataset same = new Dataset(new double[] {1, 1, 1}, new double[] {0, 1, 2});
        for (String name : new String[] {"linear", "natural-cubic", "min-norm"}) {
            assertThatThrownBy(() -> REGISTRY.plugin(Fitter.class, name).fit(same, new FitRequest(0, 1)))
                    .as(name).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> REGISTRY.plugin(Fitter.class, "greedy-merge").fit(noisySine(), new FitRequest(8, 5)))
                .hasMessageContaining("need 40 points, got 30");
    }

    /** The built-ins refuse data beyond double precision at the source, naming the cause. */
    @Test
    void dataBeyondDoublePrecisionAreRefusedNamingTheCause() {
        Dataset tiny = new Dataset(new double[] {0, 1e-300, 2e-300, 3e-300}, new double[] {0, 1, 2, 0});
        assertThatThrownBy(() -> fitter("natural-cubic").fit(tiny, new FitRequest(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x spacing 1.0E-300");
        for (String name : new String[] {"dp", "greedy-merge", "min-norm"}) {
            assertThatThrownBy(() -> fitter(name).fit(tiny, new FitRequest(2, 1))).as(name)
                    .hasMessageContaining("spread over only").hasMessageContaining("squares underflow");
        }
        Dataset wide = new Dataset(new double[] {-1e200, 0, 1e200, 2e200}, new double[] {1, 2, 0, 1});
        assertThatThrownBy(() -> fitter("dp").fit(wide, new FitRequest(2, 1)))
                .hasMessageContaining("spread over 1.5E200").hasMessageContaining("squares overflow");
        Dataset subnormal = new Dataset(new double[] {0, 4.9e-324, 1e-323}, new double[] {0, 1, 0});
        assertThatThrownBy(() -> fitter("linear").fit(subnormal, new FitRequest(0, 1)))
                .hasMessageContaining("slope between x = 0.0 and x = 4.9E-324 is not finite");
        Dataset huge = new Dataset(new double[] {0, 1, 2, 3}, new double[] {0, 1, 1e300, -1e300});
        assertThatThrownBy(() -> fitter("natural-cubic").fit(huge, new FitRequest(0, 1)))
                .hasMessageContaining("the fit is not finite").hasMessageContaining("|y| up to 1.00e+300");
        // interpolation does not square x: the huge spread of the fuzz round's hugex.csv is fitted exactly
        Dataset hugeX = new Dataset(new double[] {-1e300, 0, 1e300}, new double[] {1, 2, 0});
        FitResult linear = fitter("linear").fit(hugeX, new FitRequest(0, 1));
        for (int n = 0; n < hugeX.size(); n++) {
            assertThat(linear.value(hugeX.x(n))).isEqualTo(hugeX.y(n));
        }
    }

    private static Fitter fitter(String name) {
        return REGISTRY.plugins(Fitter.class).get(name);
    }
}
