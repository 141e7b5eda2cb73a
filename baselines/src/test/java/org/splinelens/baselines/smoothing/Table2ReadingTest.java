package org.splinelens.baselines.smoothing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.baselines.interpolation.NaturalCubicSpline;
import org.splinelens.core.data.Dataset;

/**
 * SRS Table 2's spline, read two ways (docs/ERRATA.md, reading decisions): on Table 2's data (21 x evenly over
 * [−2, 2] and the pins ±3, y uniform on [−2, 2]) smooth.spline's default, λ by GCV, does not interpolate — it leaves
 * a residual no interpolating network can match — while smooth.spline with df = N is the natural cubic interpolant.
 */
class Table2ReadingTest {

    private static Dataset table2Data(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[23];
        double[] y = new double[23];
        x[0] = -3;
        x[22] = 3;
        for (int k = 0; k <= 20; k++) {
            x[k + 1] = -2 + 0.2 * k;
        }
        for (int k = 0; k < 23; k++) {
            y[k] = -2 + 4 * r.nextDouble();
        }
        return new Dataset(x, y);
    }

    @Test
    void theGcvSplineOfTable2sRandomDataDoesNotInterpolateButDfNDoes() {
        for (long seed = 0; seed < 5; seed++) {
            Dataset data = table2Data(seed);
            SmoothingSpline gcv = SmoothingSpline.fit(data, SmoothingSpline.Config.gcv());
            // at least 3 of the 23 degrees of freedom unused, and an RMS residual above 0.1 (y spans 4)
            assertThat(gcv.df()).as("seed %d", seed).isLessThan(20);
            assertThat(Math.sqrt(gcv.rss() / data.size())).as("seed %d", seed).isGreaterThan(0.1);
            SmoothingSpline full = SmoothingSpline.fit(data, SmoothingSpline.Config.fixedDf(data.size()));
            NaturalCubicSpline interpolant = NaturalCubicSpline.through(data);
            for (int p = 0; p <= 400; p++) {
                double at = -2 + 0.01 * p; // Table 2's comparison grid
                assertThat(full.value(at)).isCloseTo(interpolant.value(at), within(1e-9));
            }
        }
    }
}
