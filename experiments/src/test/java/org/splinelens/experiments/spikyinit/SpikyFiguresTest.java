package org.splinelens.experiments.spikyinit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;

/** FC Fig 4 stays readable when a fit explodes: curves clipped to the spikes' and data's range, the reach named. */
class SpikyFiguresTest {
    private static final SpikyInitConfig CONFIG = new SpikyInitConfig(List.of("sin"), 20, 21, List.of(), 1e-4, 5, 10,
            0, 1, "grid", 20, "half-sum", false, 0.04);

    private static Figure figure(double slope) {
        List<Row> rows = new ArrayList<>();
        ShallowNetwork flat = ShallowNetwork.of(new double[] {1}, new double[] {0}, new double[] {0}, 0.1);
        ShallowNetwork steep = ShallowNetwork.of(new double[] {1}, new double[] {0}, new double[] {slope}, 0);
        SpikyFigures.curves(rows, "sin", "shallow", "standard", flat, flat);
        SpikyFigures.curves(rows, "sin", "shallow", "spiky", flat, steep);
        rows.add(new Row(SpikyFigures.dataCell("sin", 0.5), Map.of("f", Math.sin(0.5))));
        return SpikyFigures.figures(CONFIG, Summary.of(rows)).get(0);
    }

    @Test
    void anExplodingFitIsClippedAndItsReachNamed() {
        Figure exploding = figure(1000);
        Series after = exploding.series().stream().filter(s -> s.name().equals("spiky after")).findFirst()
                .orElseThrow();
        assertThat(java.util.Arrays.stream(after.y()).max().orElseThrow()).isEqualTo(3.5);
        assertThat(exploding.title()).contains("a fit reaches 2.00e+03");
        assertThat(exploding.series()).extracting(Series::name).contains("training data");
        Figure tame = figure(1);
        assertThat(tame.title()).doesNotContain("reaches");
        Series tameAfter = tame.series().stream().filter(s -> s.name().equals("spiky after")).findFirst()
                .orElseThrow();
        assertThat(java.util.Arrays.stream(tameAfter.y()).max().orElseThrow()).isEqualTo(2.0);
    }
}
