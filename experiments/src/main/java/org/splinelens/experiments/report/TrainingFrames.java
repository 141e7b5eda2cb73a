package org.splinelens.experiments.report;

import java.util.ArrayList;
import java.util.List;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Series;

/**
 * One movie frame of training: the network's function over the data range (10% margin), the data, and the
 * breakpoints drawn below the data — a shallow net's as rising and falling (its orientations), a deep net's as the
 * output's knots (its active breakpoints).
 */
public final class TrainingFrames {
    private static final int POINTS = 161;

    private TrainingFrames() {
    }

    public static Figure frame(UnivariateNetwork net, Dataset data, String title) {
        double lo = data.minX();
        double hi = data.maxX();
        double margin = 0.1 * Math.max(hi - lo, 1e-9);
        lo -= margin;
        hi += margin;
        double[] x = new double[POINTS];
        for (int k = 0; k < POINTS; k++) {
            x[k] = lo + (hi - lo) * k / (POINTS - 1);
        }
        double[] f = new double[POINTS];
        net.values(x, f);
        double bottom = Math.min(java.util.Arrays.stream(data.y()).min().orElse(0),
                java.util.Arrays.stream(f).min().orElse(0));
        double span = Math.max(java.util.Arrays.stream(data.y()).max().orElse(1), java.util.Arrays.stream(f).max()
                .orElse(1)) - bottom;
        List<Series> series = new ArrayList<>();
        series.add(new Series("f", x, f, null));
        series.add(Series.markers("data", data.x(), data.y()));
        if (net instanceof ShallowNetwork shallow) {
            List<Double> rising = new ArrayList<>();
            List<Double> falling = new ArrayList<>();
            for (int i = 0; i < shallow.width(); i++) {
                double w = shallow.w(i);
                double beta = w == 0 ? Double.NaN : -shallow.b(i) / w;
                if (beta >= lo && beta <= hi) {
                    (w > 0 ? rising : falling).add(beta);
                }
            }
            series.add(row("rising breakpoints", rising, bottom - 0.1 * span));
            series.add(row("falling breakpoints", falling, bottom - 0.2 * span));
        } else {
            List<Double> knots = new ArrayList<>();
            for (double knot : DeepBreakpoints.analyze(net.asDeep()).output().knots()) {
                if (knot >= lo && knot <= hi) {
                    knots.add(knot);
                }
            }
            series.add(row("output knots", knots, bottom - 0.1 * span));
        }
        return new Figure("frame", title, "x", "f(x)", false, series);
    }

    private static Series row(String name, List<Double> at, double height) {
        return Series.markers(name, at.stream().mapToDouble(Double::doubleValue).toArray(),
                at.stream().mapToDouble(b -> height).toArray());
    }
}
