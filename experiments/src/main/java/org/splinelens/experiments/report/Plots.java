package org.splinelens.experiments.report;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Series;

/**
 * Renders figures with XChart, headless, in the one style of {@link FigureStyle}, as PNG and SVG written atomically.
 * The entry points: {@link #write} (both files), {@link #image} (a PNG's pixels, e.g. a movie's frame) and
 * {@link #render} (the chart and its title block, to inspect).
 */
public final class Plots {
    private Plots() {
    }

    /**
     * A figure ready to paint: the XChart chart (its own title off) below the title block.
     *
     * @param chart  the chart, axes and series styled
     * @param header the title and notes above it
     */
    public record Rendered(XYChart chart, Header header) {
        /** @return the image's width */
        public int width() {
            return chart.getWidth();
        }

        /** @return the image's height: the title block's and the chart's */
        public int height() {
            return header.height() + chart.getHeight();
        }

        /** @return the title's lines, as drawn */
        public List<String> titleLines() {
            return header.titleLines();
        }

        /** @return the notes' lines, as drawn */
        public List<String> noteLines() {
            return header.noteLines();
        }

        /** @return the title's font */
        public java.awt.Font titleFont() {
            return header.titleFont();
        }

        private void paint(Graphics2D g) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width(), height());
            header.paint(g);
            g.translate(0, header.height());
            chart.paint(g, chart.getWidth(), chart.getHeight());
            g.translate(0, -header.height());
        }
    }

    /** @return {@code figure} laid out in the style of {@link FigureStyle} */
    public static Rendered render(Figure figure) {
        List<Drawn> drawn = new ArrayList<>();
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        for (Series s : figure.series()) {
            Drawn d = Drawn.finite(s);
            xs.add(d.x());
            ys.add(d.y());
            drawn.add(d);
        }
        boolean categorical = !figure.categories().isEmpty();
        boolean logX = !categorical && AxisRange.logarithmic(figure.xScale(), xs);
        boolean logY = AxisRange.logarithmic(figure.yScale(), ys);
        List<String> notes = new ArrayList<>(figure.notes());
        List<double[]> values = new ArrayList<>();
        List<double[]> bodies = new ArrayList<>();
        List<double[]> xValues = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean barsDropped = false;
        List<String> nonPositive = new ArrayList<>();
        for (int k = 0; k < drawn.size(); k++) {
            Drawn all = drawn.get(k);
            Drawn d = all.positive(logX, logY);
            barsDropped |= logY && drawn.get(k).error() != null;
            drawn.set(k, d);
            notes.addAll(d.notes());
            int dropped = all.x().length - d.x().length;
            if (dropped > 0) {
                nonPositive.add(d.name() + " " + dropped + " of " + all.x().length);
            }
            xValues.add(d.x());
            values.add(d.extents());
            bodies.add(d.y());
            names.add(d.name());
        }
        if (!nonPositive.isEmpty()) {
            notes.add("points <= 0, not shown on the logarithmic axis: " + String.join("; ", nonPositive));
        }
        if (barsDropped) {
            notes.add("error bars (± sd) are not drawn on the logarithmic y axis");
        }
        AxisRange x = categorical ? AxisRange.linear(-0.5, figure.categories().size() - 0.5)
                : AxisRange.all(logX, xValues);
        AxisRange y = AxisRange.y(logY, values, bodies, names);
        if (!y.clipped().isEmpty()) {
            notes.add(String.format("clipped: %d of %d curves leave the range (%s; farthest value %s)",
                    y.clipped().size(), names.size(), String.join(", ", y.clipped()),
                    FigureStyle.brief(y.extreme())));
        }
        long entries = drawn.stream().filter(d -> d.x().length > 0).count();
        Styler.LegendPosition legend = entries > FigureStyle.INSIDE_LEGEND_MAX ? Styler.LegendPosition.OutsideE
                : Legends.emptiestCorner(drawn, x, y);
        boolean outside = entries > 1 && legend == Styler.LegendPosition.OutsideE;
        XYChart chart = new XYChartBuilder().width(outside ? FigureStyle.WIDE : FigureStyle.WIDTH)
                .height(FigureStyle.HEIGHT).xAxisTitle(figure.xLabel()).yAxisTitle(figure.yLabel()).build();
        chart.getStyler().setXAxisLogarithmic(x.log()).setYAxisLogarithmic(y.log());
        chart.getStyler().setXAxisMin(x.min()).setXAxisMax(x.max()).setYAxisMin(y.min()).setYAxisMax(y.max());
        anchor(chart, drawn);
        for (Drawn d : drawn) {
            if (d.x().length == 0) {
                continue;
            }
            XYSeries series = d.error() == null ? chart.addSeries(d.name(), d.x(), d.y())
                    : chart.addSeries(d.name(), d.x(), d.y(), d.error());
            if (d.markersOnly()) {
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            }
        }
        boolean integers = !categorical && !x.log() && x.max() - x.min() > 1 && xValues.stream()
                .flatMapToDouble(java.util.Arrays::stream).allMatch(v -> v == Math.rint(v));
        if (integers || categorical) {
            chart.getStyler().setxAxisTickLabelsFormattingFunction(integerTicks(figure.categories()));
        }
        FigureStyle.apply(chart);
        for (Drawn d : drawn) {
            XYSeries series = chart.getSeriesMap().get(d.name());
            if (d.faint() && series != null) {
                FigureStyle.faint(series);
            }
        }
        chart.getStyler().setXAxisLogarithmicDecadeOnly(x.decadesOnly()).setYAxisLogarithmicDecadeOnly(
                y.decadesOnly());
        chart.getStyler().setLegendPosition(legend);
        return new Rendered(chart, Header.of(figure.title(), notes, chart.getWidth()));
    }

    /**
     * Labels for an axis of integers (layers, counts) or categories: a tick is labelled by its nearest integer (or
     * that category's name), so a tick between two integers repeats a label and XChart, which wants every label
     * distinct, widens its step to whole numbers.
     */
    private static java.util.function.Function<Double, String> integerTicks(List<String> categories) {
        return v -> {
            long k = Math.round(v);
            return k >= 0 && k < categories.size() ? categories.get((int) k) : FigureStyle.number(k);
        };
    }

    /**
     * Adds, first, a hidden one-point series at the data's upper right corner: XChart puts its ticks at the data's own
     * abscissae when the values it sees, in the order it sees them, are equally spaced (−3.833, −2.833, …); a first
     * value out of order keeps its 1-2-5 steps.
     */
    private static void anchor(XYChart chart, List<Drawn> drawn) {
        double x = Double.NEGATIVE_INFINITY;
        double y = Double.NEGATIVE_INFINITY;
        for (Drawn d : drawn) {
            for (int i = 0; i < d.x().length; i++) {
                x = Math.max(x, d.x()[i]);
                y = Math.max(y, d.y()[i]);
            }
        }
        if (x > Double.NEGATIVE_INFINITY) {
            XYSeries hidden = chart.addSeries(" ", new double[] {x}, new double[] {y});
            hidden.setShowInLegend(false);
            hidden.setEnabled(false);
        }
    }

    /** @return the pixels of {@code figure}'s PNG */
    public static BufferedImage image(Figure figure) {
        System.setProperty("java.awt.headless", "true");
        Rendered rendered = render(figure);
        BufferedImage image = new BufferedImage(rendered.width(), rendered.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        rendered.paint(g);
        g.dispose();
        return image;
    }

    /** Writes {@code dir/name.png} and {@code dir/name.svg}. */
    public static void write(Figure figure, Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Rendered rendered = render(figure);
        BufferedImage image = new BufferedImage(rendered.width(), rendered.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        rendered.paint(g);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        AtomicFiles.write(dir.resolve(figure.name() + ".png"), png.toByteArray());
        VectorGraphics2D vector = new VectorGraphics2D();
        rendered.paint(vector);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        new SVGProcessor().getDocument(vector.getCommands(), new PageSize(0, 0, rendered.width(), rendered.height()))
                .writeTo(svg);
        AtomicFiles.write(dir.resolve(figure.name() + ".svg"), svg.toByteArray());
    }

    /** The legend's place inside the plot. */
    static final class Legends {
        private Legends() {
        }

        /** @return the inside corner whose legend-sized box covers no point, else outside (right of the plot) */
        static Styler.LegendPosition emptiestCorner(List<Drawn> drawn, AxisRange x, AxisRange y) {
            long entries = drawn.stream().filter(d -> d.x().length > 0).count();
            java.awt.Font font = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12);
            double widest = drawn.stream().mapToDouble(d -> Header.width(d.name(), font)).max().orElse(0);
            // the box in plot fractions: names plus XChart's line sample and padding, entries of about 18 pixels
            double boxWidth = Math.min(0.95, (widest + 60) / (FigureStyle.WIDTH - 140.0));
            double boxHeight = Math.min(0.95, (18.0 * entries + 16) / (FigureStyle.HEIGHT - 90.0));
            Styler.LegendPosition[] corners = {Styler.LegendPosition.InsideNE, Styler.LegendPosition.InsideNW,
                    Styler.LegendPosition.InsideSE, Styler.LegendPosition.InsideSW};
            Styler.LegendPosition best = corners[0];
            long fewest = Long.MAX_VALUE;
            for (Styler.LegendPosition corner : corners) {
                boolean right = corner == Styler.LegendPosition.InsideNE || corner == Styler.LegendPosition.InsideSE;
                boolean top = corner == Styler.LegendPosition.InsideNE || corner == Styler.LegendPosition.InsideNW;
                long covered = 0;
                for (Drawn d : drawn) {
                    int steps = d.markersOnly() ? 1 : 12; // a line also covers the way between its points
                    for (int i = 0; i < d.x().length; i++) {
                        for (int step = 0; step < steps && (step == 0 || i + 1 < d.x().length); step++) {
                            double f = step / (double) steps;
                            double u = step == 0 ? fraction(x, d.x()[i])
                                    : (1 - f) * fraction(x, d.x()[i]) + f * fraction(x, d.x()[i + 1]);
                            double v = step == 0 ? fraction(y, d.y()[i])
                                    : (1 - f) * fraction(y, d.y()[i]) + f * fraction(y, d.y()[i + 1]);
                            boolean inU = right ? u >= 1 - boxWidth : u <= boxWidth;
                            boolean inV = top ? v >= 1 - boxHeight : v <= boxHeight;
                            covered += inU && inV ? 1 : 0;
                        }
                    }
                }
                if (covered < fewest) {
                    fewest = covered;
                    best = corner;
                }
            }
            return fewest == 0 ? best : Styler.LegendPosition.OutsideE;
        }

        private static double fraction(AxisRange axis, double v) {
            return axis.log() ? (Math.log10(v) - Math.log10(axis.min())) / (Math.log10(axis.max())
                    - Math.log10(axis.min())) : (v - axis.min()) / (axis.max() - axis.min());
        }
    }
}
