package org.splinelens.experiments.alpharegimes;

import java.util.ArrayList;
import java.util.List;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;

/** alpha-regimes' figures: Table 2's MAEs against α, Fig 9's zoom, and §2.4's initial rates against α. */
final class AlphaFigures {
    private AlphaFigures() {
    }

    static List<Figure> of(AlphaRegimesConfig config, Summary summary) {
        double[] alphas = config.alphas().stream().mapToDouble(Double::doubleValue).toArray();
        List<Series> series = new ArrayList<>();
        for (String init : config.inits()) {
            series.add(Series.of(init + ", vs linear", alphas, alpha -> Cells.run(init, alpha), summary, "maeLinear",
                    true));
            series.add(Series.of(init + ", vs cubic", alphas, alpha -> Cells.run(init, alpha), summary, "maeCubic",
                    true));
            series.add(Series.of(init + ", vs smoothing (GCV)", alphas, alpha -> Cells.run(init, alpha), summary,
                    "maeSmoothing", true));
        }
        List<String> curves = new ArrayList<>();
        for (double alpha : config.alphas()) {
            curves.add(Cells.alphaCurve(alpha));
        }
        curves.add(Cells.LINEAR_CURVE);
        curves.add(Cells.CUBIC_CURVE);
        curves.add(Cells.SMOOTHING_CURVE);
        List<Series> zoom = new ArrayList<>();
        for (String curve : curves) {
            if (summary.cells().stream().noneMatch(c -> c.levels().equals(Cells.curve(curve, Cells.ZOOM[0])))) {
                continue; // that run diverged in trial 0
            }
            double[] f = new double[Cells.ZOOM.length];
            for (int k = 0; k < Cells.ZOOM.length; k++) {
                f[k] = summary.stat(Cells.curve(curve, Cells.ZOOM[k]), "f").mean();
            }
            zoom.add(new Series(curve, Cells.ZOOM, f, null));
        }
        List<Series> rates = new ArrayList<>();
        for (String init : config.inits()) {
            for (String[] rate : new String[][] {{"flowBreakpoint", "GF |dβ/dt|"}, {"flowDeltaSlope", "GF |dμ/dt|"},
                {"adamBreakpoint", "Adam |Δβ|/lr"}, {"adamDeltaSlope", "Adam |Δμ|/lr"}}) {
                Series s = Series.of(init + ", " + rate[1], alphas, alpha -> Cells.run(init, alpha), summary, rate[0],
                        false);
                if (java.util.Arrays.stream(s.y()).anyMatch(y -> y > 0)) {
                    rates.add(s);
                }
            }
        }
        return List.of(new Figure("alpha-regimes", "SRS Table 2: MAE of the net against each reference", "alpha",
                "MAE on [-2, 2]", true, series),
                new Figure("alpha-zoom", "Fig 9: " + config.inits().get(0) + " init, fits for each alpha on [-1, -0.2]"
                        + " (trial 0)", "x", "f(x)", false, zoom),
                new Figure("alpha-rates", "SRS 2.4: initial rates of breakpoints and delta-slopes (median over units)",
                        "alpha", "rate", true, true, rates));
    }
}
