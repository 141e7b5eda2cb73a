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
        List<Figure> figures = new ArrayList<>(List.of(new Figure("alpha-regimes", "SRS Table 2: MAE of the net against each reference", "alpha",
                "MAE on [-2, 2]", true, series),
                new Figure("alpha-zoom", "Fig 9: " + config.inits().get(0) + " init, fits for each alpha on [-1, -0.2]"
                        + " (trial 0)", "x", "f(x)", false, zoom),
                new Figure("alpha-rates", "SRS 2.4: initial rates of breakpoints and delta-slopes (median over units)",
                        "alpha", "rate", true, true, rates)));
        if (config.smallTask()) {
            figures.add(smallTask(config, summary));
        }
        if (!config.unpinnedInits().isEmpty()) {
            figures.add(pins(config, summary, "endSlopeGapCubic", "alpha-end-slopes",
                    "|slope − natural cubic's| at x = ±2 (mean of both ends)", "|slope gap| at ±2"));
            figures.add(pins(config, summary, "maeCubic", "alpha-pins-mae",
                    "MAE against the natural cubic spline on [-2, 2]", "MAE vs cubic"));
        }
        return figures;
    }

    /**
     * §4.3's small task: each init's final training loss beside its frozen-breakpoint floor (the least loss with every
     * breakpoint held where it started, the kernel limit's) and the line under which the verdict counts a loss as ~0
     * ({@link RegimeVerdicts#NEAR_ZERO} of the zero function's loss). A floor below 1e-12 of the zero function's loss
     * is the round-off of an exact 0 (breakpoints in every data interval); it is drawn as 0, which the log axis leaves
     * out and says so, rather than as a point decades below everything else.
     */
    private static Figure smallTask(AlphaRegimesConfig config, Summary summary) {
        double[] x = new double[config.inits().size()];
        double[] threshold = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = k;
            threshold[k] = RegimeVerdicts.NEAR_ZERO * summary.stat(Cells.smallTask(config.inits().get(k)), "zeroLoss")
                    .mean();
        }
        java.util.function.DoubleFunction<java.util.Map<String, String>> cell = k -> Cells.smallTask(config.inits()
                .get((int) k));
        Series floor = Series.of("frozen-breakpoint floor", x, cell, summary, "frozenFloor", true);
        double[] floorY = floor.y().clone();
        for (int k = 0; k < x.length; k++) {
            if (floorY[k] < 1e-12 * threshold[k] / RegimeVerdicts.NEAR_ZERO) {
                floorY[k] = 0;
            }
        }
        List<Series> series = List.of(Series.of("final training loss", x, cell, summary, "trainLoss", true),
                new Series(floor.name(), x, floorY, floor.error(), false, floor.missing(), floor.trials()),
                new Series("~0: " + RegimeVerdicts.NEAR_ZERO + " × zero function's loss", x, threshold, null)
                        .faintly());
        return new Figure("alpha-small-task", String.format(java.util.Locale.ROOT, "SRS 4.3: small task (H = %d,"
                + " N = %d, alpha = %s), final training loss by init (means ± sd over %d trials of %d tasks)",
                config.smallWidth(), config.smallPoints(), config.smallAlpha(), config.trials(), config.smallTasks()),
                "init", "training loss ½Σe²", false, true, series).withCategories(config.inits());
    }

    /**
     * SRS App. 4.4's pins: {@code metric} of each unpinned init's runs with and without the pins at ±3, against α (the
     * claim is judged at the largest α); each run is compared with the natural cubic spline through its own data.
     */
    private static Figure pins(AlphaRegimesConfig config, Summary summary, String metric, String name, String what,
            String yLabel) {
        double[] alphas = config.alphas().stream().mapToDouble(Double::doubleValue).toArray();
        List<Series> series = new ArrayList<>();
        for (String init : config.unpinnedInits()) {
            series.add(Series.of(init + ", with pins", alphas, alpha -> Cells.run(init, alpha), summary, metric,
                    true));
            series.add(Series.of(init + ", without pins", alphas, alpha -> Cells.reading(init, alpha, Cells.NO_PINS),
                    summary, metric, true));
        }
        double largest = config.alphas().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return new Figure(name, "SRS App. 4.4: " + what + ", with and without the pins at ±3 (means ± sd over "
                + config.trials() + " trials)", "alpha", yLabel, true, series).withNote("judged at alpha = "
                + largest + "; each run against the natural cubic spline through its own data (23 or 21 points)");
    }
}
