package org.splinelens.losssurface.critical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.losssurface.hessian.CriticalPoints;

/** Thm 4 and Cor 2 ('shallow ReLU networks as splines'). */
class CriticalPointReportTest {

    @Test
    void generatedCriticalPointsArePiecewiseOlsAndMovingOnePieceBreaksBoth() {
        SplittableRandom r = new SplittableRandom(21);
        int broken = 0;
        for (int t = 0; t < 100; t++) {
            CriticalPoints.Point point = CriticalPoints.generate(r, r.nextInt(1, 6), r.nextInt(6, 20));
            CriticalPointReport report = CriticalPointReport.of(point.network(), point.x(), point.y());
            assertThat(report.hypotheses().hold()).isTrue();
            assertThat(report.critical()).isTrue();
            assertThat(report.piecewiseOls()).isTrue();
            for (PieceFit piece : report.pieces()) {
                if (!Double.isNaN(piece.olsSlope())) {
                    assertThat(piece.netSlope()).isCloseTo(piece.olsSlope(), within(1e-8));
                    assertThat(piece.netIntercept()).isCloseTo(piece.olsIntercept(), within(1e-8));
                }
            }
            // shift the targets of one piece holding two or more points: its OLS line moves off the net's
            int target = -1;
            for (int p = 0; p < report.pieces().size(); p++) {
                if (report.pieces().get(p).points() >= 2) {
                    target = p;
                }
            }
            if (target < 0) {
                continue;
            }
            PieceFit piece = report.pieces().get(target);
            double[] y = point.y().clone();
            double[] x = point.x();
            for (int n = 0; n < x.length; n++) {
                if (x[n] >= piece.from() && x[n] < piece.to()) {
                    y[n] += 0.3 * x[n] + 0.1;
                }
            }
            CriticalPointReport moved = CriticalPointReport.of(point.network(), x, y);
            assertThat(moved.critical()).isFalse();
            assertThat(moved.pieces().get(target).ols()).isFalse();
            assertThat(moved.gradientNorm()).isPositive();
            broken++;
        }
        assertThat(broken).isGreaterThan(50);
    }

    @Test
    void degeneracyCausesAreFoundOnAHandMadeNetwork() {
        double[] x = {0, 1, 2};
        ShallowNetwork net = ShallowNetwork.of(
                new double[] {1, 1, 2, -1, -1, 1},
                new double[] {0.5, -0.5, -1, 0.5, -5, -1.5},
                new double[] {1, 1, 1, 1, 1, 0}, 0);
        CriticalPointReport report = CriticalPointReport.of(net, x, new double[] {0, 0, 0});
        Degeneracies d = report.degeneracies();

        assertThat(d.activeOnAll()).containsExactly(0);
        assertThat(d.activeOnNone()).containsExactly(4);
        assertThat(d.singleInput()).containsExactly(3, 5);
        assertThat(d.zeroParameters()).containsExactly(5);
        assertThat(d.sharedPatterns()).containsExactly(new int[] {1, 2});
        assertThat(d.sharedPairs()).isEqualTo(1);
        // the pairs (0, 4), (1, 3) and (2, 3): all against none, and {x > 0.5} (units 1, 2) against {x < 0.5}
        assertThat(d.complementary()).containsExactly(new int[][] {{0}, {4}}, new int[][] {{1, 2}, {3}});
        assertThat(d.complementaryPairs()).isEqualTo(3);
        assertThat(d.none()).isFalse();
        // unit 5 (v = 0) has its breakpoint 1.5 inside the data: the printed hypotheses hold, the proof's do not
        assertThat(report.hypotheses().printed()).isTrue();
        assertThat(report.hypotheses().failures()).extracting(Theorem4Failure::unit).containsExactly(5);
    }
}
