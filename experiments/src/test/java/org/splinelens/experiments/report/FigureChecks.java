package org.splinelens.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.splinelens.experiments.runner.ConfiguredExperiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Runner;

/**
 * What every figure of a run promises, checked on the files a report wrote: its PNG exists; the title's lines fit
 * the image (measured with the drawn font by a {@link TextLayout}, not by the layout code) and the title's margins are
 * blank in the PNG; both axes carry at least two tick labels, each a number inside the axis' range (or a category's
 * name); more than four series put the legend outside; curves of more than 30 points carry no markers.
 */
public final class FigureChecks {
    private FigureChecks() {
    }

    /** Checks every figure {@code configured} draws from {@code outcome}, whose report was written to {@code out}. */
    public static <C extends Record> void verify(ConfiguredExperiment<C> configured, Runner.Outcome outcome, Path out)
            throws IOException {
        List<Figure> figures = configured.experiment().figures(configured.config(), outcome.summary());
        assertThat(figures.size() + outcome.artifacts().stream().filter(a -> a.endsWith(".gif")).count())
                .as("figures (or movies) of %s", configured.name()).isPositive();
        for (Figure figure : figures) {
            verify(figure, out);
        }
    }

    /** Checks {@code figure}, whose PNG is in {@code dir}. */
    public static void verify(Figure figure, Path dir) throws IOException {
        String what = figure.name();
        Path png = dir.resolve(figure.name() + ".png");
        assertThat(png).as("%s.png", what).isNotEmptyFile();
        BufferedImage image = ImageIO.read(png.toFile());
        Plots.Rendered rendered = Plots.render(figure);
        assertThat(image.getWidth()).as("%s width", what).isEqualTo(rendered.width());
        FontRenderContext frc = new FontRenderContext(null, true, true);
        for (String line : rendered.titleLines()) {
            double width = line.isEmpty() ? 0 : new TextLayout(line, rendered.titleFont(), frc).getAdvance();
            assertThat(width).as("%s: title line '%s'", what, line).isLessThanOrEqualTo(image.getWidth() - 8.0);
        }
        assertThat(String.join(" ", rendered.titleLines())).as("%s: the title, all of it", what)
                .isEqualToIgnoringWhitespace(figure.title());
        int titleBottom = rendered.height() - rendered.chart().getHeight();
        for (int y = 0; y < titleBottom; y++) {
            for (int x : new int[] {0, 1, 2, image.getWidth() - 3, image.getWidth() - 2, image.getWidth() - 1}) {
                assertThat(image.getRGB(x, y) & 0xFFFFFF).as("%s: title margin at (%d, %d)", what, x, y)
                        .isEqualTo(0xFFFFFF);
            }
        }
        XYChart chart = rendered.chart();
        BufferedImage painted = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = painted.createGraphics();
        chart.paint(g, chart.getWidth(), chart.getHeight()); // computes the ticks
        g.dispose();
        ticks(what + " x", labels(chart, "getXAxis"), chart.getStyler().getXAxisMin(),
                chart.getStyler().getXAxisMax(), figure.categories());
        ticks(what + " y", labels(chart, "getYAxis"), chart.getStyler().getYAxisMin(),
                chart.getStyler().getYAxisMax(), List.of());
        long shown = chart.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend).count();
        if (shown > 4) {
            assertThat(chart.getStyler().getLegendPosition()).as("%s legend", what)
                    .isEqualTo(Styler.LegendPosition.OutsideE);
        }
        for (XYSeries series : chart.getSeriesMap().values()) {
            if (series.getXData().length > 30 && series.getXYSeriesRenderStyle() != XYSeries.XYSeriesRenderStyle.Scatter) {
                assertThat(series.getMarker()).as("%s: markers of %s", what, series.getName())
                        .isEqualTo(SeriesMarkers.NONE);
            }
        }
    }

    /**
     * At least two labels inside the axis' range (XChart also computes labels just beyond it, which it does not draw),
     * all distinct, each a number (or a category's name).
     */
    private static void ticks(String what, List<String> labels, double min, double max, List<String> categories) {
        List<String> shown = labels.stream().filter(Objects::nonNull).filter(l -> !l.isBlank()).toList();
        assertThat(shown).as("%s tick labels", what).doesNotHaveDuplicates();
        if (!categories.isEmpty()) {
            // labels beyond the categories are computed for ticks outside the plot, which XChart does not draw
            assertThat(shown.stream().filter(categories::contains).count()).as("%s category labels %s", what, shown)
                    .isGreaterThanOrEqualTo(Math.min(2, categories.size()));
            return;
        }
        double slack = 1e-9 * Math.max(Math.abs(min), Math.abs(max));
        long inside = shown.stream().mapToDouble(l -> Double.parseDouble(l.replace(",", "")))
                .filter(v -> v >= min - slack && v <= max + slack).count();
        assertThat(inside).as("%s: tick labels %s inside [%s, %s]", what, shown, min, max).isGreaterThanOrEqualTo(2);
    }

    /** @return the labels XChart drew on an axis (its axes are package-private: read them reflectively) */
    @SuppressWarnings("unchecked")
    private static List<String> labels(XYChart chart, String axis) {
        try {
            Method pair = Chart.class.getDeclaredMethod("getAxisPair");
            pair.setAccessible(true);
            Object axes = pair.invoke(chart);
            Method get = axes.getClass().getDeclaredMethod(axis);
            get.setAccessible(true);
            Object a = get.invoke(axes);
            Object calculator = a.getClass().getMethod("getAxisTickCalculator").invoke(a);
            Method tickLabels = calculator.getClass().getMethod("getTickLabels");
            tickLabels.setAccessible(true);
            return (List<String>) tickLabels.invoke(calculator);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("XChart's axes changed: " + e, e);
        }
    }
}
