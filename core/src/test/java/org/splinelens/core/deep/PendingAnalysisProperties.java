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

    @Property(tries = 150, seed = "27")
    void beginRefusesAsTheAnalysisDoesAndCompletesToIt(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        // every third net scaled far beyond double precision's range: both must refuse alike
        double scale = seed % 3 == 0 ? 1e160 : 1;
        UnivariateNetwork net = seed % 2 == 0 ? scaled(RandomNetworks.shallow(seed), scale)
                : scaled(RandomNetworks.deep(seed), scale);
        DeepBreakpointAnalysis analysis;
        try {
            analysis = DeepBreakpoints.analyze(net, PieceLimit.NONE);
        } catch (PrecisionExceeded e) {
            assertThatThrownBy(() -> DeepBreakpoints.begin(net, PieceLimit.NONE))
                    .isInstanceOf(PrecisionExceeded.class).hasMessage(e.getMessage());
            return;
        }
        assertThat(DeepBreakpoints.begin(net, PieceLimit.NONE).complete()).isEqualTo(analysis);
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

    private static ShallowNetwork scaled(ShallowNetwork net, double scale) {
        double[] w = net.w();
        double[] v = net.v();
        for (int i = 0; i < w.length; i++) {
            w[i] *= scale;
            v[i] *= scale;
        }
        return ShallowNetwork.of(w, net.b(), v, net.b0());
    }

    private static DeepNetwork scaled(DeepNetwork net, double scale) {
        double[] theta = net.parameters();
        for (int k = 0; k < theta.length; k++) {
            theta[k] *= scale;
        }
        return DeepNetwork.of(net.architecture(), theta);
    }
}
