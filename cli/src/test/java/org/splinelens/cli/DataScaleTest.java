package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * {@link DataScale}: a network in standard units mapped to the data's is the composition
 * {@code x ↦ cy + sy · g((x − cx)/sx)} evaluated directly, for shallow and deep nets, and the inverse map undoes it.
 */
class DataScaleTest {
    private static final double[][] UNITS = {{0, 1000, -1e4, 1e4}, {-3, 3, 0, 1e-3}, {1e6, 1e6 + 1, 5, 6}};

    private static Dataset data(double[] box, SplittableRandom random) {
        double[] x = new double[40];
        double[] y = new double[40];
        for (int n = 0; n < x.length; n++) {
            x[n] = box[0] + (box[1] - box[0]) * random.nextDouble();
            y[n] = box[2] + (box[3] - box[2]) * random.nextDouble();
        }
        return new Dataset(x, y);
    }

    private static UnivariateNetwork[] nets(SplittableRandom random) {
        double[] w = new double[7];
        double[] b = new double[7];
        double[] v = new double[7];
        for (int i = 0; i < 7; i++) {
            w[i] = random.nextGaussian();
            b[i] = random.nextGaussian();
            v[i] = random.nextGaussian();
        }
        w[3] = 0; // a constant unit
        DeepArchitecture a = new DeepArchitecture(5, 4);
        double[] theta = new double[a.parameterCount()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = random.nextGaussian();
        }
        return new UnivariateNetwork[] {ShallowNetwork.of(w, b, v, 0.3), DeepNetwork.of(a, theta)};
    }

    @Test
    void theMappedNetworkIsTheCompositionWithTheAffineMaps() {
        SplittableRandom random = new SplittableRandom(8);
        for (double[] box : UNITS) {
            Dataset data = data(box, random);
            DataScale scale = DataScale.of(data);
            // scales are powers of two within √2 of the spreads
            for (double s : new double[] {scale.sx(), scale.sy()}) {
                assertThat(Math.getExponent(s)).isEqualTo((int) Math.round(Math.log(s) / Math.log(2)));
                assertThat(s).isEqualTo(Math.scalb(1.0, Math.getExponent(s)));
            }
            Dataset standard = scale.standardize(data);
            double meanU = 0;
            for (double u : standard.x()) {
                meanU += u / standard.size();
            }
            assertThat(meanU).isCloseTo(0, within(1e-9));
            for (UnivariateNetwork g : nets(random)) {
                UnivariateNetwork f = scale.toData(g);
                for (int n = 0; n < data.size(); n++) {
                    double x = data.x(n);
                    double composed = scale.cy() + scale.sy() * g.value((x - scale.cx()) / scale.sx());
                    double tolerance = 1e-12 * (Math.abs(scale.cy()) + scale.sy() * (1 + Math.abs(composed
                            - scale.cy()) / scale.sy())) * (1 + Math.abs(scale.cx()) / scale.sx());
                    assertThat(f.value(x)).as("%s at %s", g.getClass().getSimpleName(), x)
                            .isCloseTo(composed, within(tolerance));
                }
                UnivariateNetwork back = scale.toStandard(f);
                for (double u = -2; u <= 2; u += 0.25) {
                    assertThat(back.value(u)).isCloseTo(g.value(u), within(1e-9 * (1 + Math.abs(scale.cx())
                            / scale.sx())));
                }
            }
        }
    }

    @Test
    void aConstantColumnKeepsScaleOneAndNoneIsTheIdentity() {
        Dataset flat = new Dataset(new double[] {2, 2, 2}, new double[] {1, 5, 9});
        DataScale scale = DataScale.of(flat);
        assertThat(scale.sx()).isEqualTo(1);
        assertThat(scale.cx()).isEqualTo(2);
        UnivariateNetwork g = nets(new SplittableRandom(1))[0];
        assertThat(DataScale.NONE.toData(g)).isSameAs(g);
        assertThat(DataScale.NONE.standardize(flat)).isSameAs(flat);
    }
}
