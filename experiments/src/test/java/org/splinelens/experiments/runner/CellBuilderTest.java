package org.splinelens.experiments.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellBuilderTest {

    @Test
    void factorsKeepTheirOrderAndNumbersTheirJavaText() {
        Map<String, String> cell = CellBuilder.of("sweep", "N").and("N", 20).and("ratio", 0.1).and("alpha", 1e-5)
                .and("seed", 1_000_000_000L).and("bin", Double.NaN).and("init", "he-normal").build();
        // the text the experiments wrote before the builder: Integer/Double/Long.toString
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("sweep", "N");
        expected.put("N", "20");
        expected.put("ratio", "0.1");
        expected.put("alpha", "1.0E-5");
        expected.put("seed", "1000000000");
        expected.put("bin", "NaN");
        expected.put("init", "he-normal");
        assertThat(cell).isEqualTo(expected);
        assertThat(List.copyOf(cell.keySet())).containsExactly("sweep", "N", "ratio", "alpha", "seed", "bin", "init");
        assertThat(CellBuilder.of("layer", 3).build()).isEqualTo(Map.of("layer", "3"));
        assertThat(CellBuilder.of("alpha", 2.0).build()).isEqualTo(Map.of("alpha", "2.0"));
        assertThat(CellBuilder.of("trial", 7L).build()).isEqualTo(Map.of("trial", "7"));
    }

    @Test
    void theCellIsAValueTheBuilderCannotChangeLater() {
        CellBuilder builder = CellBuilder.of("target", "sin");
        Map<String, String> cell = builder.build();
        builder.and("depth", 2);
        assertThat(cell).containsOnlyKeys("target");
        assertThatThrownBy(() -> cell.put("x", "1")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aFactorTwiceOrANullLevelIsRejected() {
        assertThatThrownBy(() -> CellBuilder.of("init", "a").and("init", "b"))
                .hasMessageContaining("factor init is already in the cell");
        assertThatThrownBy(() -> CellBuilder.of("init", (String) null)).hasMessageContaining("level");
    }
}
