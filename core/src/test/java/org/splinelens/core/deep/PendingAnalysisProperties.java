package org.splinelens.core.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.limits.PrecisionExceeded;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.core.testing.RandomNetworks;
import org.splinelens.core.testing.Sawtooth;

/**
 * {@link DeepBreakpoints#begin} raises exactly the refusals of {@link DeepBreakpoints#analyze}, with their messages,
 * and its completion is that analysis bit for bit: a training run may check on its own thread and complete on
 * another.
 */
class PendingAnalysisProperties {

    /** Scales from ordinary to far beyond double precision, most of them about the edge of the O(H) bound. */
    private static final double[] SCALES = {1, 1e150, 1e152, 1e153, 1e154, 1e156, 1e160};

    @Property(tries = 200)
    void beginRefusesAsTheAnalysisDoesAndCompletesToIt(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        double scale = SCALES[(int) (seed % SCALES.length)];
        UnivariateNetwork net = seed % 2 == 0 ? scaled(RandomNetworks.shallow(seed), scale, seed)
                : scaled(RandomNetworks.deep(seed), scale);
        DeepBreakpointAnalysis analysis;
        try {
            analysis = DeepBreakpoints.analyze(net, PieceLimit.NONE);
        } catch (PrecisionExceeded e) {
            // the O(H) bound must never vouch for a net the analysis refuses
            if (net instanceof ShallowNetwork shallow) {
                assertThat(DeepBreakpoints.withinPrecision(shallow)).as("the bound vouched for %s", net).isFalse();
            }
            assertThatThrownBy(() -> DeepBreakpoints.begin(net, PieceLimit.NONE))
                    .isInstanceOf(PrecisionExceeded.class).hasMessage(e.getMessage());
            return;
        }
        assertThat(DeepBreakpoints.begin(net, PieceLimit.NONE).complete()).isEqualTo(analysis);
    }

    @Test
    void theBoundVouchesForOrdinaryNetsAndNotForOverflowingOnes() {
        ShallowNetwork ordinary = RandomNetworks.shallow(3);
        assertThat(DeepBreakpoints.withinPrecision(ordinary)).isTrue();
        assertThat(DeepBreakpoints.withinPrecision(scaled(ordinary, 1e200, 3))).isFalse();
        // near the edge, vouched for and left whole to the completion: which equals the analysis
        ShallowNetwork edge = scaled(ordinary, 1e150, 3);
        assertThat(DeepBreakpoints.withinPrecision(edge)).isTrue();
        assertThat(DeepBreakpoints.begin(edge, PieceLimit.NONE).complete())
                .isEqualTo(DeepBreakpoints.analyze(edge, PieceLimit.NONE));
    }

    @Test
    void aDeepNetBeyondThePieceLimitIsRefusedByTheBeginning() {
        DeepNetwork saw = Sawtooth.of(30);
        PieceLimit limit = new PieceLimit(1 << 10, "train", "--max-pieces");
        String refusal = catchMessage(() -> DeepBreakpoints.analyze(saw, limit));
        assertThatThrownBy(() -> DeepBreakpoints.begin(saw, limit)).isInstanceOf(InvalidInputException.class)
                .hasMessage(refusal);
        DeepNetwork small = Sawtooth.of(8);
        assertThat(DeepBreakpoints.begin(small, limit).complete()).isEqualTo(DeepBreakpoints.analyze(small, limit));
    }

    private static String catchMessage(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("no refusal");
    }

    /** w and v times {@code scale}; for seeds ≡ 2 (mod 4) every fifth unit gets w = 0 and b scaled too (a large v·b). */
    private static ShallowNetwork scaled(ShallowNetwork net, double scale, long seed) {
        double[] w = net.w();
        double[] b = net.b();
        double[] v = net.v();
        for (int i = 0; i < w.length; i++) {
            w[i] *= scale;
            v[i] *= scale;
            if (seed % 4 == 2 && i % 5 == 0) {
                w[i] = 0;
                b[i] = Math.abs(b[i]) * scale;
            }
        }
        return ShallowNetwork.of(w, b, v, net.b0());
    }

    private static DeepNetwork scaled(DeepNetwork net, double scale) {
        double[] theta = net.parameters();
        for (int k = 0; k < theta.length; k++) {
            theta[k] *= scale;
        }
        return DeepNetwork.of(net.architecture(), theta);
    }
}
