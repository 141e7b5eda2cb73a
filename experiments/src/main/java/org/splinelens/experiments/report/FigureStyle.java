package org.splinelens.experiments.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The one look of every splinelens figure, its rules in one place ({@link Plots} applies them to a
 * {@link org.splinelens.experiments.runner.Figure}; code that builds its own XChart chart calls {@link #apply}):
 * <ul>
 * <li>the title fits the image: drawn by {@link Header} above the chart, measured with its font, shrunk from
 * {@link #TITLE_POINTS} down to {@link #MIN_TITLE_POINTS} and wrapped at words; notes (clipping, diverged trials,
 * points a log axis cannot show) under it in {@link #NOTE_FONT};</li>
 * <li>tick labels on every axis at round values: XChart's 1-2-5 steps on linear axes (never its ticks at the data's
 * own abscissae), decades on log axes, whose range is widened to two decade ticks at least; numbers printed by
 * {@link #number}, so 1e-4 never reads "0";</li>
 * <li>a numeric axis is logarithmic when its values are all positive and span more than a decade
 * ({@link AxisRange});</li>
 * <li>curves of more than {@link #DENSE_POINTS} points are lines without markers;</li>
 * <li>the legend goes outside the plot (right) beyond {@link #INSIDE_LEGEND_MAX} series, else into the plot's
 * emptiest corner;</li>
 * <li>the y range is robust to outliers: a dense curve reaching ten times the others' span beyond them leaves the
 * axis, and a note says so
 * ({@link AxisRange#y}).</li>
 * </ul>
 */
public final class FigureStyle {
    /** Image width in pixels, and with the legend outside the plot. */
    public static final int WIDTH = 720;
    public static final int WIDE = 880;
    /** Height of the chart below the title block. */
    public static final int HEIGHT = 480;
    /** Left and right margin of the title block. */
    public static final int PAD = 12;
    public static final int TITLE_POINTS = 15;
    public static final int MIN_TITLE_POINTS = 12;
    public static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** The colour of a faint reference curve. */
    static final Color FAINT = new Color(0xb8, 0xb8, 0xb8);
    public static final Color NOTE_COLOR = new Color(0x80, 0x30, 0x00);
    /** Curves with more points are drawn without markers. */
    public static final int DENSE_POINTS = 30;
    /** Legends with more entries go outside the plot. */
    public static final int INSIDE_LEGEND_MAX = 4;

    /** Series colours in order (Matplotlib's tab10); past ten they repeat, dashed. */
    static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
            new Color(0xbcbd22), new Color(0x17becf)};

    private FigureStyle() {
    }

    /** @return the title font at {@code points} */
    static Font titleFont(int points) {
        return new Font(Font.SANS_SERIF, Font.BOLD, points);
    }

    /**
     * Applies the look to a chart built elsewhere (a chart {@link Plots} did not build): white background, no XChart
     * title (draw it with {@link Plots#image} or keep it short), fonts, the legend's place for {@code series}
     * entries, markers by density, and tick labels printed by {@link #number}.
     */
    public static void apply(XYChart chart) {
        XYStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(true);
        styler.setPlotGridLinesColor(new Color(0xdd, 0xdd, 0xdd));
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendBorderColor(new Color(0xbb, 0xbb, 0xbb));
        styler.setChartTitleVisible(false);
        styler.setMarkerSize(6);
        styler.setErrorBarsColorSeriesColor(true);
        styler.setXAxisLogarithmicDecadeOnly(true);
        styler.setYAxisLogarithmicDecadeOnly(true);
        styler.setLocale(Locale.ROOT);
        long shown = chart.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend).count();
        styler.setLegendVisible(shown > 1);
        if (shown > INSIDE_LEGEND_MAX) {
            styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        }
        int shownIndex = 0;
        for (XYSeries series : chart.getSeriesMap().values()) {
            if (!series.isShowInLegend() && !series.isEnabled()) {
                continue; // a hidden helper series takes no colour
            }
            Color color = PALETTE[shownIndex % PALETTE.length];
            boolean dense = series.getXData().length > DENSE_POINTS;
            series.setLineColor(color);
            series.setMarkerColor(color);
            series.setFillColor(color);
            if (series.getXYSeriesRenderStyle() != XYSeries.XYSeriesRenderStyle.Scatter) {
                series.setMarker(dense ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
                series.setLineWidth(dense ? 2f : 1.5f);
                if (shownIndex >= PALETTE.length) {
                    series.setLineStyle(new BasicStroke(dense ? 2f : 1.5f, BasicStroke.CAP_BUTT,
                            BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
                }
            } else {
                series.setMarker(SeriesMarkers.CIRCLE);
            }
            shownIndex++;
        }
        if (!styler.isXAxisLogarithmic() && styler.getxAxisTickLabelsFormattingFunction() == null) {
            styler.setxAxisTickLabelsFormattingFunction(FigureStyle::number);
        }
        if (!styler.isYAxisLogarithmic() && styler.getyAxisTickLabelsFormattingFunction() == null) {
            styler.setyAxisTickLabelsFormattingFunction(FigureStyle::number);
        }
    }

    /** Draws {@code series} as a reference behind the others: light grey, thin, without markers. */
    static void faint(XYSeries series) {
        series.setLineColor(FAINT);
        series.setMarkerColor(FAINT);
        series.setFillColor(FAINT);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineWidth(1.2f);
    }

    /**
     * @return {@code v} for a tick label or a note: plain with at most 6 significant digits between 1e-3 and 1e5,
     *         else as {@code 2.5e-4} (never "0" for a small nonzero value)
     */
    public static String number(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e5) {
            return BigDecimal.valueOf(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        }
        BigDecimal rounded = BigDecimal.valueOf(v).round(new MathContext(3)).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent);
        return mantissa.toPlainString() + "e" + exponent;
    }

    /** @return {@code v} in a note: 3 significant digits, by {@link #number} */
    static String brief(double v) {
        return number(Double.isFinite(v) ? new BigDecimal(v).round(new MathContext(3)).doubleValue() : v);
    }
}
