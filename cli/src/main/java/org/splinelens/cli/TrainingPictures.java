package org.splinelens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.deep.LayerBreakpoints;
import org.splinelens.core.deep.PieceLimit;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.experiments.report.Plots;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Series;

/**
 * The pictures of a command's result, drawn with the experiments' figure style ({@link Plots}): a function with its
 * data ({@code fit.png}, {@code fit.svg}) and a loss curve ({@code loss.png}, {@code loss.svg}). A function is drawn
 * on the data's x range plus a 5% margin, at {@value #CURVE_POINTS} points and at its own knots, so that every kink is
 * drawn where it is.
 */
final class TrainingPictures {
    static final int CURVE_POINTS = 240;
    /** A loss curve shows at most this many epochs, evenly spread, the first and the last among them. */
    static final int LOSS_POINTS = 600;

    private TrainingPictures() {
    }

    /**
     * Writes {@code dir/name.png} and {@code dir/name.svg}: the data, {@code start} (if given, the starting function),
     * the final function, and its knots (the active breakpoints) marked on it layer by layer.
     */
    static void function(Path dir, String name, String title, Dataset data, UnivariateNetwork start,
            UnivariateNetwork fin, PieceLimit limit) throws IOException {
        function(dir, name, title, data, range(data), start, "final network", fin, limit);
    }

    /** {@link #function(Path, String, String, Dataset, UnivariateNetwork, UnivariateNetwork, PieceLimit)} over
     *  {@code range}, with no data drawn when {@code data} is {@code null}. */
    static void function(Path dir, String name, String title, Dataset data, double[] range, UnivariateNetwork start,
            String label, UnivariateNetwork fin, PieceLimit limit) throws IOException {
        List<Series> series = new ArrayList<>();
        if (data != null) {
            series.add(Series.markers("data (" + data.size() + " points)", data.x(), data.y()));
        }
        List<LayerBreakpoints> layers = DeepBreakpoints.analyze(fin, limit).layers();
        List<Double> knots = new ArrayList<>();
        for (LayerBreakpoints layer : layers) {
            for (int k = 0; k < layer.breakpointCount(); k++) {
                knots.add(layer.breakpoint(k));
            }
        }
        if (start != null) {
            series.add(curve("start (epoch 0)", start::value, range, List.of()).faintly());
        }
        series.add(curve(label, fin::value, range, knots));
        for (LayerBreakpoints layer : layers) {
            List<Double> at = new ArrayList<>();
            for (int k = 0; k < layer.breakpointCount(); k++) {
                double beta = layer.breakpoint(k);
                if (layer.isActive(k) && beta >= range[0] && beta <= range[1]) {
                    at.add(beta);
                }
            }
            double[] x = at.stream().mapToDouble(Double::doubleValue).toArray();
            double[] y = Arrays.stream(x).map(fin::value).toArray();
            series.add(Series.markers("layer " + layer.layer() + " knots (" + x.length + ")", x, y));
        }
        Plots.write(new Figure(name, title, "x", "y", false, series), dir);
    }

    /** Writes {@code dir/name.png} and {@code .svg}: the data and a function {@code f} with its knots. */
    static void function(Path dir, String name, String title, Dataset data, String label, DoubleUnaryOperator f,
            double[] knots) throws IOException {
        double[] range = range(data);
        List<Double> at = new ArrayList<>();
        for (double knot : knots) {
            if (knot >= range[0] && knot <= range[1]) {
                at.add(knot);
            }
        }
        double[] x = at.stream().mapToDouble(Double::doubleValue).toArray();
        Plots.write(new Figure(name, title, "x", "y", false, List.of(
                Series.markers("data (" + data.size() + " points)", data.x(), data.y()),
                curve(label, f, range, at),
                Series.markers("knots (" + x.length + ")", x, Arrays.stream(x).map(f).toArray()))), dir);
    }

    /** Writes {@code dir/loss.png} and {@code .svg}: the loss after every epoch on a log scale. */
    static void loss(Path dir, double[] curve, String lossName) throws IOException {
        int shown = Math.min(curve.length, LOSS_POINTS);
        double[] x = new double[shown];
        double[] y = new double[shown];
        for (int k = 0; k < shown; k++) {
            int epoch = shown == 1 ? 0 : (int) Math.round((double) k * (curve.length - 1) / (shown - 1));
            x[k] = epoch;
            y[k] = curve[epoch];
        }
        Plots.write(new Figure("loss", "training loss: " + lossName, "epoch", "loss", false, true,
                List.of(new Series("loss", x, y, null))), dir);
    }

    /** @return the data's x range with a 5% margin each side (a unit one for a single x) */
    static double[] range(Dataset data) {
        double lo = data.minX();
        double hi = data.maxX();
        double margin = hi > lo ? 0.05 * (hi - lo) : 0.5;
        return new double[] {lo - margin, hi + margin};
    }

    /** @return {@code f} at {@value #CURVE_POINTS} points over {@code range} and at the knots within it */
    private static Series curve(String name, DoubleUnaryOperator f, double[] range, List<Double> knots) {
        double[] x = new double[CURVE_POINTS + knots.size()];
        for (int k = 0; k < CURVE_POINTS; k++) {
            x[k] = range[0] + (range[1] - range[0]) * k / (CURVE_POINTS - 1);
        }
        int n = CURVE_POINTS;
        for (double knot : knots) {
            if (knot > range[0] && knot < range[1]) {
                x[n++] = knot;
            }
        }
        x = Arrays.copyOf(x, n);
        Arrays.sort(x);
        double[] y = Arrays.stream(x).map(f).toArray();
        return new Series(name, x, y, null);
    }
}
