package org.splinelens.core.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A layer keeps its units as one table ({@link UnitTable}) that reads back as the records it was given. */
class LayerBreakpointsTest {
    private static final UnitBreakpoints FIRST = new UnitBreakpoints(2, 0, new double[] {-1, 0.5},
            new boolean[] {true, false}, new double[] {3, -0.25});
    private static final UnitBreakpoints EMPTY = new UnitBreakpoints(2, 1, new double[0], new boolean[0],
            new double[0]);
    private static final UnitBreakpoints LAST = new UnitBreakpoints(2, 2, new double[] {4}, new boolean[] {true},
            new double[] {2});

    @Test
    void theTableReadsBackAsTheUnitsAndCountsAsTheyDo() {
        List<UnitBreakpoints> units = List.of(FIRST, EMPTY, LAST);
        LayerBreakpoints layer = new LayerBreakpoints(2, units);
        assertThat(layer.units()).isEqualTo(units).hasSameHashCodeAs(units);
        assertThat(layer.breakpointCount()).isEqualTo(3);
        assertThat(layer.activeCount()).isEqualTo(2);
        // Σ_units Σ_k Δ², unit by unit: (9 + 1/16) + 0 + 4
        assertThat(layer.roughness()).isEqualTo(13.0625);
        assertThat(new LayerBreakpoints(2, layer.units())).isEqualTo(layer);
        assertThatThrownBy(() -> layer.units().add(EMPTY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unitsOutOfOrderOrOfAnotherLayerAreRefused() {
        assertThatThrownBy(() -> new LayerBreakpoints(2, List.of(EMPTY, FIRST)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit order");
        assertThatThrownBy(() -> new LayerBreakpoints(1, List.of(FIRST)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
