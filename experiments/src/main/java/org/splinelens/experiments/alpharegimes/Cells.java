package org.splinelens.experiments.alpharegimes;

import java.util.Map;
import org.splinelens.core.data.Grid;
import org.splinelens.experiments.runner.CellBuilder;

/** The cells of alpha-regimes' rows, one place for the trial that writes them and the summaries that read them. */
final class Cells {
    /** Metric suffixes of the references (FitComparison). */
    static final String LINEAR = "Linear";
    static final String CUBIC = "Cubic";
    /** R's smooth.spline with λ by GCV, the paper's "natural cubic smoothing spline". */
    static final String SMOOTHING = "Smoothing";
    /** Readings beside the preset. */
    static final String NO_PINS = "no pins at ±3";
    static final String LR_SMALL = "lrSmall";
    static final String TILING = "flat tiling [-2, 2]";
    static final String LINEAR_CURVE = "linear interpolation";
    static final String CUBIC_CURVE = "natural cubic spline";
    static final String SMOOTHING_CURVE = "smoothing spline (GCV)";
    /** Fig 9's zoom: a small window of one seed's fits, here [−1, −0.2] (four data points inside). */
    static final double[] ZOOM = new Grid(-1, -0.2, 0.01).points();

    private Cells() {
    }

    /** @return a preset run's cell */
    static Map<String, String> run(String init, double alpha) {
        return CellBuilder.of("init", init).and("alpha", alpha).build();
    }

    /** @return a run's cell under a reading other than the preset's */
    static Map<String, String> reading(String init, double alpha, String reading) {
        return CellBuilder.of("init", init).and("alpha", alpha).and("reading", reading).build();
    }

    /** @return the cell of an init's per-trial exponents of the initial rates */
    static Map<String, String> exponents(String init) {
        return CellBuilder.of("init", init).and("rates", "exponent in alpha").build();
    }

    /** @return the cell of an init's §4.3 small tasks */
    static Map<String, String> smallTask(String init) {
        return CellBuilder.of("init", init).and("task", "SRS 4.3 small task").build();
    }

    static Map<String, String> curve(String curve, double x) {
        return CellBuilder.of("curve", curve).and("x", x).build();
    }

    static String alphaCurve(double alpha) {
        return "alpha = " + alpha;
    }
}
