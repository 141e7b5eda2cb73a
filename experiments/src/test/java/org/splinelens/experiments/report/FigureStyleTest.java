package org.splinelens.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.style.Styler;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Series;

/** The figure style's rules, each on a figure built to need it, checked with {@link FigureChecks} as well. */
class FigureStyleTest {

    @Test
    void numbersOnAxesKeepSmallValuesAndDropFloatingNoise() {
        assertThat(FigureStyle.number(1e-4)).isEqualTo("1e-4");
        assertThat(FigureStyle.number(2.5e-4)).isEqualTo("2.5e-4");
        assertThat(FigureStyle.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(FigureStyle.number(-1.5)).isEqualTo("-1.5");
        assertThat(FigureStyle.number(0)).isEqualTo("0");
        assertThat(FigureStyle.number(2e6)).isEqualTo("2e6");
        assertThat(Double.parseDouble(FigureStyle.number(-3.25e-7))).isEqualTo(-3.25e-7);
    }

    @Test
    void aFaintSeriesIsDrawnLightGreyWithoutMarkersWhileTheOthersKeepThePalette() {
        double[] x = new double[40];
        double[] y = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 5.0);
        }
        Figure figure = new Figure("faint", "start and end", "x", "y", false, List.of(
                new Series("start", x, y, null).faintly(), new Series("end", x, x.clone(), null)));
        var series = Plots.render(figure).chart().getSeriesMap();
        assertThat(series.get("start").getLineColor()).isEqualTo(FigureStyle.FAINT);
        assertThat(series.get("start").getMarker()).isEqualTo(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
        assertThat(series.get("end").getLineColor()).isNotEqualTo(FigureStyle.FAINT)
                .isIn((Object[]) FigureStyle.PALETTE);
    }

    @Test
    void aLongTitleWrapsWithinTheImageAndKeepsEveryWord(@TempDir Path dir) throws IOException {
        String title = "Final training MSE vs pieces on quadratic (gradient methods: GD, Adam, SGD with batch norm,"
                + " each tuned per width on a grid of learning rates, best setting per width)";
        Figure figure = new Figure("long", title, "pieces", "MSE", false, List.of(
                new Series("a", new double[] {1, 2, 3}, new double[] {3, 1, 2}, null)));
        Plots.write(figure, dir);
        assertThat(Plots.render(figure).titleLines()).hasSizeGreaterThan(1);
        FigureChecks.verify(figure, dir);
    }

    @Test
    void widthsOverDecadesGetALogAxisAndEquallySpacedGridsRoundTicks(@TempDir Path dir) throws IOException {
        Figure widths = new Figure("widths", "loss vs width", "width", "loss", false, List.of(
                new Series("a", new double[] {21, 100, 1000}, new double[] {0.5, 0.4, 0.3}, null)));
        assertThat(Plots.render(widths).chart().getStyler().isXAxisLogarithmic()).isTrue();
        assertThat(Plots.render(widths).chart().getStyler().isYAxisLogarithmic()).isFalse();
        double[] x = new double[24];
        double[] y = new double[24];
        for (int k = 0; k < x.length; k++) {
            x[k] = -3.833 + k / 3.0; // XChart's own ticks would sit on these
            y[k] = Math.exp(-x[k] * x[k]);
        }
        Figure grid = new Figure("grid", "density", "breakpoint", "density", false, List.of(new Series("d", x, y,
                null)));
        Plots.write(widths, dir);
        Plots.write(grid, dir);
        FigureChecks.verify(widths, dir);
        FigureChecks.verify(grid, dir);
    }

    @Test
    void aLogAxisOverAFractionOfADecadeIsWidenedToTwoRoundLabels(@TempDir Path dir) throws IOException {
        Figure figure = new Figure("narrow", "narrow log", "x", "loss", false, true, List.of(
                new Series("a", new double[] {1, 2, 3}, new double[] {100.4, 120, 147}, null)));
        Plots.write(figure, dir);
        FigureChecks.verify(figure, dir);
    }

    @Test
    void aCurveFarBeyondTheOthersIsClippedAndTheFigureSaysSo(@TempDir Path dir) throws IOException {
        List<Series> series = new ArrayList<>();
        double[] x = new double[101];
        for (int k = 0; k < x.length; k++) {
            x[k] = -2 + 0.04 * k;
        }
        for (int s = 0; s < 4; s++) {
            double[] y = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                y[k] = s == 3 && k > 50 ? -1600 * (k - 50) / 50.0 : Math.sin(x[k] + s);
            }
            series.add(new Series("curve " + s, x, y, null));
        }
        Figure figure = new Figure("spiky", "fits", "x", "f(x)", false, series);
        Plots.Rendered rendered = Plots.render(figure);
        assertThat(rendered.noteLines()).anyMatch(l -> l.contains("clipped: 1 of 4 curves"));
        assertThat(rendered.chart().getStyler().getYAxisMin()).isGreaterThan(-10);
        assertThat(rendered.chart().getSeriesMap().get("curve 0").getMarker().toString())
                .as("a dense curve has no markers").contains("None");
        Plots.write(figure, dir);
        FigureChecks.verify(figure, dir);
    }

    @Test
    void trialsWithoutAValueAreNotedAndManySeriesPutTheLegendOutside(@TempDir Path dir) throws IOException {
        List<Series> series = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            series.add(new Series("s" + s, new double[] {1, 2, 3}, new double[] {s, s + 1, s == 0 ? Double.NaN : s},
                    null, false, new int[] {0, s == 1 ? 2 : 0, s == 0 ? 5 : 0}, new int[] {5, 5, 5}));
        }
        Figure figure = new Figure("many", "six series", "x", "y", false, series);
        Plots.Rendered rendered = Plots.render(figure);
        assertThat(rendered.chart().getStyler().getLegendPosition()).isEqualTo(Styler.LegendPosition.OutsideE);
        assertThat(String.join(" ", rendered.noteLines())).contains("s0: no value at 1 of 3 points")
                .contains("2 of 5 at 2");
        Plots.write(figure, dir);
        FigureChecks.verify(figure, dir);
    }
}
