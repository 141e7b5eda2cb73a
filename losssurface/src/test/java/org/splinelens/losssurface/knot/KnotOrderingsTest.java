package org.splinelens.losssurface.knot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.ShallowNetwork;

/**
 * SRS Thm 3 says "three types" in the statement and "four types" in the proof (Sec 5.6), listing the same three:
 * Type I ({@code m_1, m_2 < x_n} or {@code x_n < m_1, m_2}), II ({@code m_1 < x_n < m_2}), III
 * ({@code m_2 < x_n < m_1}). With measure 1 the minimisers fall in four orderings about the knot, Type I's two being
 * mirror images: four orderings, three behaviours. Each ordering is realised here by a one-unit net and three
 * points, classified by {@link KnotAnalysis}, and checked against the directly evaluated loss: each piece's minimiser
 * from a parabola through three loss values inside the piece, and the behaviour from one-sided slopes at the knot.
 */
class KnotOrderingsTest {
    /** Data x = 0, 1, 2; the knot x = 1. */
    private static final double[] X = {0, 1, 2};
    private static final double KNOT = 1;

    /**
     * Unit {@code relu(x − β)}, {@code μ = 1}, output bias 0: right of the knot the loss along β is
     * {@code ½ Σ_{x_m > β} (x_m − β − y_m)² + ½ Σ_{x_m <= β} y_m²}, whose minimiser on a piece is the mean of
     * {@code t_m = x_m − y_m} over its active points. Left of the knot they are x = 1, 2, right of it x = 2, so
     * {@code m_1 = (t_1 + t_2)/2} and {@code m_2 = t_2}; targets {@code (t_1, t_2)} pick the ordering.
     */
    private static double[] targets(double t1, double t2) {
        return new double[] {0, X[1] - t1, X[2] - t2};
    }

    @Test
    void theFourOrderingsOfTheMinimisersAreRealisedAndClassified() {
        double[][] orderings = {
            {3, 3},     // m_1 = m_2 = 3 > x_n: Type I, passing rightward
            {0, 0},     // m_1 = m_2 = 0 < x_n: Type I, passing leftward
            {-2, 2},    // m_1 = 0 < x_n < m_2 = 2: Type II, a repeller
            {3, 0.5}};  // m_2 = 0.5 < x_n < m_1 = 1.75: Type III, an attractor
        Set<KnotType> types = EnumSet.noneOf(KnotType.class);
        int[] sides = new int[3]; // Type I knots by the side of their minimisers: [left, right, straddling]
        for (double[] t : orderings) {
            double[] y = targets(t[0], t[1]);
            ShallowNetwork net = ShallowNetwork.of(new double[] {1}, new double[] {-0.5}, new double[] {1}, 0);
            KnotAnalysis knot = KnotAnalysis.all(net, 0, X, y)[1];
            assertThat(knot.knot()).isEqualTo(KNOT);

            double m1 = vertex(net, y, 0.25, 0.5, 0.75);
            double m2 = vertex(net, y, 1.25, 1.5, 1.75);
            assertThat(knot.leftMinimiser()).isCloseTo(m1, Offset.offset(1e-9));
            assertThat(knot.rightMinimiser()).isCloseTo(m2, Offset.offset(1e-9));
            double h = 1e-6;
            double at = loss(net, y, KNOT);
            double slopeLeft = (at - loss(net, y, KNOT - h)) / h;
            double slopeRight = (loss(net, y, KNOT + h) - at) / h;
            KnotType behaviour = (slopeLeft > 0) == (slopeRight > 0) ? KnotType.PASS_THROUGH
                    : slopeLeft > 0 ? KnotType.REPELLER : KnotType.ATTRACTOR;
            assertThat(knot.type()).isEqualTo(behaviour);
            types.add(knot.type());
            boolean left = m1 < KNOT && m2 < KNOT;
            boolean right = m1 > KNOT && m2 > KNOT;
            sides[left ? 0 : right ? 1 : 2]++;
            if (knot.type() == KnotType.PASS_THROUGH) {
                // both one-sided slopes point the way β moves: toward the two minimisers
                assertThat(slopeLeft > 0).isEqualTo(left);
            }
        }
        assertThat(types).containsExactlyInAnyOrder(KnotType.PASS_THROUGH, KnotType.REPELLER, KnotType.ATTRACTOR);
        assertThat(sides).containsExactly(1, 1, 2);
    }

    /** The loss with the unit's breakpoint at β, its μ and orientation kept. */
    private static double loss(ShallowNetwork net, double[] y, double beta) {
        ShallowNetwork moved = ShallowNetwork.of(net.w(), new double[] {-net.w(0) * beta}, net.v(), net.b0());
        return moved.loss(X, y);
    }

    /** The vertex of the parabola through the loss at three breakpoints inside one piece. */
    private static double vertex(ShallowNetwork net, double[] y, double a, double b, double c) {
        double fa = loss(net, y, a);
        double fb = loss(net, y, b);
        double fc = loss(net, y, c);
        double numerator = (b - a) * (b - a) * (fb - fc) - (b - c) * (b - c) * (fb - fa);
        double denominator = (b - a) * (fb - fc) - (b - c) * (fb - fa);
        return b - 0.5 * numerator / denominator;
    }
}
