package org.splinelens.baselines.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.splinelens.baselines.smoothing.SmoothingSpline;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.plugin.ConfiguredPlugin;

/**
 * {@code smoothing-spline}: the natural cubic smoothing spline of {@link SmoothingSpline}, λ by GCV unless the
 * config fixes {@code df} or {@code lambda}. A fit's pieces are the cubics between the n distinct x (n − 1); the
 * request's piece count does not apply. Its parameters are the λ used (in the data's units, not R's scale), the
 * degrees of freedom {@code tr S_λ} and the GCV score.
 */
public final class SmoothingSplineFitter extends ConfiguredPlugin<SmoothingSpline.Config> implements Fitter {
    static final String NAME = "smoothing-spline";
    /** Doubles a knot holds at the peak: data, knots, the seven bands, the factors and the fit's arrays. */
    private static final double DOUBLES_PER_POINT = 30;
    /** Steps of one banded solve with its trace, per knot. */
    private static final double STEPS_PER_SOLVE_AND_POINT = 80;

    /** The fitter with its defaults: λ by GCV. */
    public SmoothingSplineFitter() {
        this(SmoothingSpline.Config.gcv());
    }

    private SmoothingSplineFitter(SmoothingSpline.Config config) {
        super("fitter", NAME, "natural cubic smoothing spline, sum w (y - g)^2 + lambda int g''^2 with knots at the"
                + " distinct x (R smooth.spline with all knots); lambda by GCV unless df or lambda is set",
                SmoothingSpline.Config.class, config);
    }

    @Override
    public Fitter configured(Map<String, ?> settings) {
        return settings.isEmpty() ? this : new SmoothingSplineFitter(configure(settings));
    }

    @Override
    public FitResult fit(Dataset data, FitRequest request) {
        SmoothingSpline spline = SmoothingSpline.fit(data, defaults());
        double rss = 0;
        for (int n = 0; n < data.size(); n++) {
            double e = spline.value(data.x(n)) - data.y(n);
            rss += e * e;
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        parameters.put("lambda", spline.lambda());
        parameters.put("df", spline.df());
        parameters.put("gcv", spline.gcv());
        return new FitResult(NAME, spline.knots().length - 1, rss, List.of(), spline, parameters);
    }

    /** The GCV scan's banded solves, O(N) each, beside a sort; a fixed df or λ takes fewer. */
    @Override
    public WorkEstimate estimate(int dataPoints, FitRequest request, String what) {
        double n = dataPoints;
        return new WorkEstimate(what, 8 * DOUBLES_PER_POINT * n + 16 * n, STEPS_PER_SOLVE_AND_POINT * n
                * SmoothingSpline.searchSolves(dataPoints) + 3 * n * Math.log(Math.max(2, n)) / Math.log(2));
    }
}
