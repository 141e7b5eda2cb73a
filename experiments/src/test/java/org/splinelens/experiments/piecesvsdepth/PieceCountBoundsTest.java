package org.splinelens.experiments.piecesvsdepth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.core.deep.DeepBreakpointAnalysis;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.network.ShallowNetwork;

/**
 * The bounds behind the reasons of FC Table 2's differing cells: a shallow net of H units has at most H + 1 pieces on
 * ℝ, hence on any interval, and exactly H induced breakpoints when no input weight is 0; any count over an interval is
 * at most the whole-line count. So no count of pieces reaches the paper's L = 1 row "40 ± 0" for 40 units except the
 * breakpoint count (41 on ℝ, fewer on [−3, 3]), and the L = 2 row's 55.5 exceeds every shallow net's 41. Checked on
 * random shallow nets, including coincident breakpoints, dead output weights and zero input weights (a fixed seed:
 * the same nets every run).
 */
class PieceCountBoundsTest {

    @Test
    void noCountOfAShallowNetPassesHPlusOneAndNoIntervalPassesTheLine() {
        SplittableRandom random = new SplittableRandom(2020);
        for (int net = 0; net < 300; net++) {
            int h = 1 + random.nextInt(40);
            double[] w = new double[h];
            double[] b = new double[h];
            double[] v = new double[h];
            int zeros = 0;
            for (int i = 0; i < h; i++) {
                w[i] = random.nextInt(10) == 0 ? 0 : random.nextDouble(-2, 2);
                // a tenth of the units share a breakpoint with the unit before
                b[i] = i > 0 && random.nextInt(10) == 0 && w[i - 1] != 0 ? -w[i] * (-b[i - 1] / w[i - 1])
                        : random.nextDouble(-3, 3);
                v[i] = random.nextInt(10) == 0 ? 0 : random.nextDouble(-1, 1);
                zeros += w[i] == 0 ? 1 : 0;
            }
            DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(ShallowNetwork.of(w, b, v, 0.3).asDeep());
            int line = PieceCount.PIECES.of(analysis);
            assertThat(line).isLessThanOrEqualTo(h + 1);
            assertThat(PieceCount.KNOTS.of(analysis)).isEqualTo(line - 1);
            assertThat(PieceCount.INDUCED.of(analysis)).isEqualTo(h - zeros);
            assertThat(PieceCount.PIECES_IN_DOMAIN.of(analysis)).isLessThanOrEqualTo(line);
            double a = random.nextDouble(-5, 5);
            assertThat(analysis.piecesIn(a, a + random.nextDouble(0, 5))).isLessThanOrEqualTo(line);
        }
    }

    /**
     * A deep unit's pre-activation is CPWL and may cross zero more than once: a second-layer unit fed
     * {@code relu(x) + relu(−x) = |x|} with bias −1 induces two breakpoints (±1), so a net of 3 units has 4 induced
     * breakpoints (the two of layer 1 at 0, inactive in the output, where the second unit is off), more than its
     * units, which a shallow net cannot.
     */
    @Test
    void aDeepUnitMayInduceMoreThanOneBreakpoint() {
        double[] parameters = {1, -1, 0, 0, 1, 1, -1, 1, 0};
        DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(org.splinelens.core.network.DeepNetwork.of(
                new org.splinelens.core.network.DeepArchitecture(2, 1), parameters));
        assertThat(PieceCount.INDUCED.of(analysis)).isEqualTo(4);
        assertThat(analysis.output().knots()).containsExactly(-1.0, 1.0);
    }
}
