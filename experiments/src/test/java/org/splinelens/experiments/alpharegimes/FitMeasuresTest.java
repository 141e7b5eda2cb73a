package org.splinelens.experiments.alpharegimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.baselines.fit.FitResult;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.ShallowNetwork;

/**
 * {@link FitComparison}'s exact one-sided slopes and end-slope gaps against finite differences, and
 * {@link SmallTask#frozenFloor} against closed forms: 0 when the frozen knots can interpolate, the residual of the
 * least-squares line when every frozen feature is linear on the data.
 */
class FitMeasuresTest {

    @Test
    void oneSidedSlopesMatchFiniteDifferencesIncludingAtAKnot() {
        // knots at −2 (w = 1), 0.5 (w = −2) and 2 (w = 0.5, b = −1)
        ShallowNetwork net = ShallowNetwork.of(new double[] {1, -2, 0.5}, new double[] {2, 1, -1},
                new double[] {0.7, -1.3, 2.1}, 0.2);
        for (double x : new double[] {-2, -1, 0.5, 1.7, 2}) {
            double h = 1e-7;
            double right = (net.value(x + h) - net.value(x)) / h;
            double left = (net.value(x) - net.value(x - h)) / h;
            assertThat(FitComparison.slope(net, x, true)).as("right of %s", x).isCloseTo(right, Offset.offset(1e-6));
            assertThat(FitComparison.slope(net, x, false)).as("left of %s", x).isCloseTo(left, Offset.offset(1e-6));
        }
    }

    @Test
    void aNetEqualToItsReferenceHasNoGapAndAShiftedOneHasItsShift() {
        ShallowNetwork net = ShallowNetwork.of(new double[] {1, -1}, new double[] {1, 0.5}, new double[] {0.4, 2},
                -0.3);
        Map<String, FitResult> references = new LinkedHashMap<>();
        references.put("Same", new FitResult("same", 1, 0, List.of(), net::value));
        references.put("Line", new FitResult("line", 1, 0, List.of(), x -> net.value(x) + 0.25 * x));
        Map<String, Double> metrics = FitComparison.metrics(net, references);
        assertThat(metrics.get("maeSame")).isZero();
        assertThat(metrics.get("endSlopeGapSame")).isCloseTo(0, Offset.offset(1e-6));
        // the mean of |0.25 x| over the comparison grid, summed directly
        double mean = 0;
        for (double x : FitComparison.GRID) {
            mean += Math.abs(0.25 * x);
        }
        assertThat(metrics.get("maeLine")).isCloseTo(mean / FitComparison.GRID.length, Offset.offset(1e-12));
        assertThat(metrics.get("endSlopeGapLine")).isCloseTo(0.25, Offset.offset(1e-6));
    }

    @Test
    void frozenFloorIsZeroWhenTheKnotsCanInterpolateAndTheLineResidualWhenNoKnotIsAmongTheData() {
        Dataset data = new Dataset(new double[] {-1, 0, 1, 2}, new double[] {1, -1, 2, 0.5});
        // a knot in each interval, both orientations: any four values can be met
        ShallowNetwork tiled = ShallowNetwork.of(new double[] {1, 1, -1, 1}, new double[] {1.5, 0.5, 0.5, -1.5},
                new double[4], 0);
        assertThat(SmallTask.frozenFloor(tiled, data)).isCloseTo(0, Offset.offset(1e-20));
        // every knot left of the data, all pointing right: each feature is x − β on the data, so the fit is a line
        ShallowNetwork left = ShallowNetwork.of(new double[] {1, 2}, new double[] {3, 10}, new double[2], 0);
        double mx = 0.5;
        double my = (1 - 1 + 2 + 0.5) / 4;
        double sxy = 0;
        double sxx = 0;
        for (int n = 0; n < 4; n++) {
            sxy += (data.x(n) - mx) * (data.y(n) - my);
            sxx += (data.x(n) - mx) * (data.x(n) - mx);
        }
        double slope = sxy / sxx;
        double rss = 0;
        for (int n = 0; n < 4; n++) {
            double e = data.y(n) - my - slope * (data.x(n) - mx);
            rss += e * e;
        }
        assertThat(SmallTask.frozenFloor(left, data)).isCloseTo(rss / 2, Offset.offset(1e-12));
    }

    @Test
    void theInterpolantFloorIsTheReferencesResidualsAtTheDataOnTheGrid() {
        // a line through none of the points; x = 3 lies off the grid and is not counted
        Dataset data = new Dataset(new double[] {-2, -1.8, 0.4, 3}, new double[] {1, -1, 2, 7});
        FitResult line = new FitResult("line", 1, 0, List.of(), x -> 0.5 * x);
        double[] floor = FitComparison.bound(line, data, 0);
        double n = FitComparison.GRID.length;
        assertThat(floor[0]).isCloseTo((2 + 0.1 + 1.8) / n, Offset.offset(1e-12));
        assertThat(floor[1]).isCloseTo(Math.sqrt((4 + 0.01 + 3.24) / n), Offset.offset(1e-12));
        // a net through the data is at least that far from the line: here the linear interpolant of the data
        ShallowNetwork through = ShallowNetwork.of(new double[] {1, 1, 1}, new double[] {2, 1.8, -0.4},
                new double[] {-10, 10 + 3 / 2.2, 0}, 1);
        assertThat(through.value(-1.8)).isCloseTo(-1, Offset.offset(1e-12));
        assertThat(through.value(0.4)).isCloseTo(2, Offset.offset(1e-12));
        Map<String, FitResult> references = new LinkedHashMap<>();
        references.put("Line", line);
        assertThat(FitComparison.metrics(through, references).get("maeLine")).isGreaterThanOrEqualTo(floor[0]);
    }
}
