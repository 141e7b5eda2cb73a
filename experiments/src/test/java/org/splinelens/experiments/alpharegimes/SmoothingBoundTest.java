package org.splinelens.experiments.alpharegimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.baselines.fit.FitRequest;
import org.splinelens.baselines.fit.FitResult;
import org.splinelens.baselines.fit.Fitter;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.spline.Pwl;

/**
 * The floor behind the reason of Table 2's smoothing-spline cells ({@link FitComparison#bound}): no net whose
 * training loss is ℓ comes nearer the GCV spline on the grid than it says. Brute force on Table 2's data law: nets
 * through the data (the linear interpolant as a shallow net) with random units added at scales from 0 to 1, so their
 * losses range from 0 to far above the data's, each net's MAE and RMSE against the spline measured on the 401 grid
 * points and its loss ½Σe² over the 23 points. At loss 0 the bound is the spline's residuals at the 21 data points on
 * the grid (closed form in {@code FitMeasuresTest}).
 */
class SmoothingBoundTest {
    private static final PluginRegistry PLUGINS = PluginRegistry.discover(SmoothingBoundTest.class.getClassLoader());

    @Test
    void noNetAtLossEllComesNearerTheSplineThanTheBound() {
        SplittableRandom random = new SplittableRandom(77);
        for (int set = 0; set < 20; set++) {
            Dataset data = AlphaRegimesExperiment.pinnedData(random);
            FitResult spline = PLUGINS.plugin(Fitter.class, "smoothing-spline").fit(data, new FitRequest(0, 1));
            ShallowNetwork through = Pwl.throughPoints(data.x(), data.y(), 0, 0).toShallowNetwork();
            for (double scale : new double[] {0, 1e-3, 1e-2, 0.1, 0.3, 1}) {
                ShallowNetwork net = withNoise(through, scale, random);
                double loss = halfSum(net, data);
                Map<String, Double> measured = FitComparison.metrics(net, Map.of("S", spline));
                double[] bound = FitComparison.bound(spline, data, loss);
                assertThat(measured.get("maeS")).as("set %d, scale %s", set, scale)
                        .isGreaterThanOrEqualTo(bound[0] - 1e-12);
                assertThat(measured.get("rmseS")).as("set %d, scale %s", set, scale)
                        .isGreaterThanOrEqualTo(bound[1] - 1e-12);
                if (scale == 0) {
                    assertThat(loss).isLessThan(1e-20);
                    double[] floor = FitComparison.bound(spline, data, 0);
                    assertThat(bound[0]).isCloseTo(floor[0], org.assertj.core.data.Offset.offset(1e-12));
                    assertThat(bound[1]).isCloseTo(floor[1], org.assertj.core.data.Offset.offset(1e-12));
                }
            }
        }
    }

    private static double halfSum(ShallowNetwork net, Dataset data) {
        double sum = 0;
        for (int n = 0; n < data.size(); n++) {
            double e = net.value(data.x(n)) - data.y(n);
            sum += 0.5 * e * e;
        }
        return sum;
    }

    /** @return {@code net} with 50 units of N(0, scale²) weights (and ±3-wide breakpoints) added */
    private static ShallowNetwork withNoise(ShallowNetwork net, double scale, SplittableRandom random) {
        int extra = scale == 0 ? 0 : 50;
        int width = net.width() + extra;
        double[] w = new double[width];
        double[] b = new double[width];
        double[] v = new double[width];
        for (int i = 0; i < width; i++) {
            if (i < net.width()) {
                w[i] = net.w(i);
                b[i] = net.b(i);
                v[i] = net.v(i);
            } else {
                w[i] = random.nextBoolean() ? 1 : -1;
                b[i] = -w[i] * random.nextDouble(-3, 3);
                v[i] = scale * random.nextGaussian();
            }
        }
        return ShallowNetwork.of(w, b, v, net.b0());
    }
}
