package org.splinelens.experiments.spikyinit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.experiments.report.Plots;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;

/**
 * FC Fig 4 stays readable when a fit explodes: the figure keeps the fit's values, and the figure style clips its axis
 * to the other curves' range and names the curve and its farthest value under the title.
 */
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
        assertThat(java.util.Arrays.stream(after.y()).max().orElseThrow()).as("values kept").isEqualTo(2000);
        assertThat(exploding.series()).extracting(Series::name).contains("training data");
        Plots.Rendered drawn = Plots.render(exploding);
        assertThat(drawn.noteLines()).anyMatch(l -> l.contains("clipped: 1 of 5 curves") && l.contains("spiky after")
                && l.contains("2000"));
        // the flat curves (0.1 and 0) and the data (sin 0.5) set the range, not the fit's 2000
        assertThat(drawn.chart().getStyler().getYAxisMax()).isLessThan(10);
        Plots.Rendered tame = Plots.render(figure(1));
        assertThat(tame.noteLines()).noneMatch(l -> l.contains("clipped"));
        assertThat(tame.chart().getStyler().getYAxisMax()).isGreaterThanOrEqualTo(2.0);
    }
}
