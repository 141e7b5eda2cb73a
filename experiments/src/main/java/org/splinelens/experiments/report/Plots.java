package org.splinelens.experiments.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Series;

/** Renders figures with XChart, headless, as PNG and SVG written atomically. */
public final class Plots {
    /** A joined curve of more points than this is drawn without markers. */
    static final int DENSE_CURVE = 60;

    private Plots() {
    }

    /** @return the chart of {@code figure} */
    static XYChart chart(Figure figure) {
        XYChart chart = new XYChartBuilder().width(720).height(480).title(figure.title()).xAxisTitle(figure.xLabel())
                .yAxisTitle(figure.yLabel()).build();
        chart.getStyler().setXAxisLogarithmic(figure.logX());
        chart.getStyler().setYAxisLogarithmic(figure.logY());
        chart.getStyler().setXAxisDecimalPattern(decimals(figure, true));
        if (!figure.logY()) {
            chart.getStyler().setYAxisDecimalPattern(decimals(figure, false)); // a log axis keeps 1E-5-style labels
        }
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        for (Series drawn : figure.series()) {
            Series s = figure.logY() ? positive(drawn) : drawn;
            if (s.x().length == 0) {
                continue;
            }
            XYSeries series = s.error() == null ? chart.addSeries(s.name(), s.x(), s.y())
                    : chart.addSeries(s.name(), s.x(), s.y(), s.error());
            // a dense curve (a function drawn at hundreds of points) is a line: its markers would merge into a band
            series.setMarker(s.markersOnly() || s.x().length <= DENSE_CURVE ? SeriesMarkers.CIRCLE
                    : SeriesMarkers.NONE);
            if (s.markersOnly()) {
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            }
        }
        return chart;
    }

    /**
     * @return a tick pattern of three decimals, or of as many more as an axis spanning less than 1 needs to tell its
     *         ticks apart (a span of 0.002 needs five: 0.00025 steps)
     */
    static String decimals(Figure figure, boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : figure.series()) {
            for (double v : x ? s.x() : s.y()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double span = hi - lo;
        int places = span > 0 && span < 1 ? Math.min(15, 2 + (int) Math.ceil(-Math.log10(span))) : 3;
        return "0." + "#".repeat(Math.max(places, 3));
    }

    /** @return the points of {@code s} a logarithmic y axis can show, without error bars */
    private static Series positive(Series s) {
        int count = 0;
        double[] x = new double[s.x().length];
        double[] y = new double[s.y().length];
        for (int k = 0; k < x.length; k++) {
            if (s.y()[k] > 0) {
                x[count] = s.x()[k];
                y[count++] = s.y()[k];
            }
        }
        return new Series(s.name(), java.util.Arrays.copyOf(x, count), java.util.Arrays.copyOf(y, count), null,
                s.markersOnly());
    }

    /** Writes {@code dir/name.png} and {@code dir/name.svg}. */
    public static void write(Figure figure, Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = chart(figure);
        AtomicFiles.write(dir.resolve(figure.name() + ".png"),
                BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        AtomicFiles.write(dir.resolve(figure.name() + ".svg"), svg.toByteArray());
    }
}
