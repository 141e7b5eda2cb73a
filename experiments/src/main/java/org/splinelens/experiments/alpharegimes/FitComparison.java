package org.splinelens.experiments.alpharegimes;

import java.util.LinkedHashMap;
import java.util.Map;
import org.splinelens.baselines.fit.FitResult;
import org.splinelens.core.data.Grid;
import org.splinelens.core.network.ShallowNetwork;

/**
 * A trained net against the reference fits of its data (SRS App. 4.4): the mean absolute and root-mean-square
 * differences on the grid of step 0.01 over [−2, 2], and the slopes at the ends of the interior data, x = ±2 (§4.4:
 * without the pins "the neural network fits would still interpolate all interior datapoints, but potentially with
 * different slopes through the first and last datapoints").
 */
final class FitComparison {
    /** The comparison grid of App. 4.4: Δx = 0.01 over [−2, 2] (401 points). */
    static final double[] GRID = new Grid(-2, 2, 0.01).points();
    /** The ends of the interior data. */
    static final double LEFT = -2;
    static final double RIGHT = 2;
    /** One-sided difference step for a reference's slope: exact for the linear interpolant, O(h f'') for a cubic. */
    private static final double H = 1e-7;

    private FitComparison() {
    }

    /**
     * @param references name (the metric's suffix, "Linear", "Cubic") to fit
     * @return {@code mae<Name>}, {@code rmse<Name>} and {@code endSlopeGap<Name>} (the mean over both ends of
     *         |the net's inward slope − the reference's|) for each reference, in order
     */
    static Map<String, Double> metrics(ShallowNetwork net, Map<String, FitResult> references) {
        double[] f = new double[GRID.length];
        net.values(GRID, f);
        double left = slope(net, LEFT, true);
        double right = slope(net, RIGHT, false);
        Map<String, Double> metrics = new LinkedHashMap<>();
        references.forEach((name, reference) -> {
            double absolute = 0;
            double squares = 0;
            for (int k = 0; k < GRID.length; k++) {
                double d = Math.abs(f[k] - reference.value(GRID[k]));
                absolute += d;
                squares += d * d;
            }
            metrics.put("mae" + name, absolute / GRID.length);
            metrics.put("rmse" + name, Math.sqrt(squares / GRID.length));
            double referenceLeft = (reference.value(LEFT + H) - reference.value(LEFT)) / H;
            double referenceRight = (reference.value(RIGHT) - reference.value(RIGHT - H)) / H;
            metrics.put("endSlopeGap" + name, (Math.abs(left - referenceLeft) + Math.abs(right - referenceRight)) / 2);
        });
        return metrics;
    }

    /**
     * A floor under the distance on {@link #GRID} between a reference r and <em>any</em> fit f whose training loss is
     * at most {@code loss = ½ Σ_n (f(x_n) − y_n)²}. Over the D data points that lie on the grid, f is within
     * {@code Σ_D |f(x_n) − y_n| ≤ √(2 |D| loss)} (Cauchy–Schwarz) and {@code ‖f − y‖_D ≤ √(2 loss)} of the data, so
     * by the triangle inequality
     * <pre>  MAE(f, r) ≥ (Σ_D |y_n − r(x_n)| − √(2 |D| loss)) / |GRID|,
     *  RMSE(f, r) ≥ (‖y − r‖_D − √(2 loss)) / √|GRID|,</pre>
     * each floored at 0 (the grid's other points only add). At {@code loss = 0} these are the reference's own
     * residuals at the data: how far any interpolating net is from it.
     *
     * @param loss the fit's training loss ½Σe² over all of {@code data} (an upper bound on the part over D), >= 0
     * @return {MAE floor, RMSE floor}; a data point counts as on the grid when within 1e-9 of a grid point
     */
    static double[] bound(FitResult reference, org.splinelens.core.data.Dataset data, double loss) {
        if (!(loss >= 0)) {
            throw new IllegalArgumentException("loss must be >= 0, got " + loss);
        }
        double sum = 0;
        double squares = 0;
        int onGrid = 0;
        for (int n = 0; n < data.size(); n++) {
            double x = data.x(n);
            double k = Math.rint((x - GRID[0]) / 0.01);
            if (k >= 0 && k < GRID.length && Math.abs(GRID[(int) k] - x) < 1e-9) {
                double d = data.y(n) - reference.value(x);
                sum += Math.abs(d);
                squares += d * d;
                onGrid++;
            }
        }
        return new double[] {Math.max(0, sum - Math.sqrt(2 * onGrid * loss)) / GRID.length,
            Math.max(0, Math.sqrt(squares) - Math.sqrt(2 * loss)) / Math.sqrt(GRID.length)};
    }

    /**
     * The exact one-sided slope of a shallow net: unit i contributes {@code v_i w_i} where it is active just to that
     * side of x, {@code w_i x + b_i > 0}, or {@code = 0} with {@code w_i} pointing that way.
     *
     * @param rightOfX the slope on {@code (x, x + ε)}, else on {@code (x − ε, x)}
     */
    static double slope(ShallowNetwork net, double x, boolean rightOfX) {
        double slope = 0;
        for (int i = 0; i < net.width(); i++) {
            double w = net.w(i);
            double z = w * x + net.b(i);
            if (z > 0 || (z == 0 && (rightOfX ? w > 0 : w < 0))) {
                slope += net.v(i) * w;
            }
        }
        return slope;
    }
}
