package org.splinelens.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeepArchitectureTest {

    @Test
    void theParameterEstimateIsTheCountOfTheArchitecture() {
        int[][] shapes = {{1}, {7}, {3, 5}, {2, 9, 4, 1}};
        for (int[] widths : shapes) {
            assertThat(DeepArchitecture.parameterCount(widths)).isEqualTo(new DeepArchitecture(widths)
                    .parameterCount());
        }
    }

    @Test
    void widthsWhoseParametersOverflowAnArrayAreRefusedNotWrappedAround() {
        // 50001 · 50000 + 2 · 50000 + 50001: beyond 2^31, where the int count used to wrap to a negative size
        assertThat(DeepArchitecture.parameterCount(50_000, 50_000)).isEqualTo(2_500_200_001.0);
        assertThatThrownBy(() -> new DeepArchitecture(50_000, 50_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("widths [50000, 50000] need 2,500,200,001 parameters, more than one Java array holds"
                        + " (2,147,483,639)");
    }
}
