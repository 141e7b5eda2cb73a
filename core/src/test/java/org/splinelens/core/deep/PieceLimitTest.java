package org.splinelens.core.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.testing.Sawtooth;

/** A deep net's grid is counted layer by layer against its {@link PieceLimit} before it is allocated. */
class PieceLimitTest {

    @Test
    void aSawtoothBeyondTheLimitIsRefusedNamingTheLayerAndTheOption() {
        // 2^30 pieces in all; the tent map doubles them a layer, so 2^10 are passed by about layer 10
        DeepNetwork saw = Sawtooth.of(30);
        assertThatThrownBy(() -> DeepBreakpoints.analyze(saw, new PieceLimit(1 << 10, "convert --net saw.json",
                "--max-pieces")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("convert --net saw.json: ")
                .hasMessageContaining("pieces or more by hidden layer ")
                .hasMessageEndingWith("more than the limit of 1,024 (--max-pieces raises it)");
    }

    @Test
    void withinTheLimitTheAnalysisIsTheUnboundedOne() {
        // 2^8 teeth' pieces on [0, 1] and the two outer rays: the tent map's count, known in closed form
        DeepNetwork saw = Sawtooth.of(8);
        DeepBreakpointAnalysis bounded = DeepBreakpoints.analyze(saw, new PieceLimit(10_000, "x", "--max-pieces"));
        assertThat(bounded).isEqualTo(DeepBreakpoints.analyze(saw));
        assertThat(bounded.pieces()).isEqualTo((1 << 8) + 2);
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new PieceLimit(0, "x", "--max-pieces")).isInstanceOf(IllegalArgumentException.class);
    }
}
