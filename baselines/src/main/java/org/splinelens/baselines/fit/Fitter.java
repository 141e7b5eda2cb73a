package org.splinelens.baselines.fit;

import java.util.Map;
import java.util.function.IntBinaryOperator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.plugin.Plugin;

/**
 * A fitting method, registered by name under the plugin kind {@code fitter}. A fitter with settings of its own
 * (beyond {@link FitRequest}'s pieces) lists them in {@link #defaultSettings()} and binds them in
 * {@link #configured}, usually as a {@code ConfiguredPlugin} of a config record.
 */
public interface Fitter extends Plugin {

    /**
     * @param settings keys of the fitter's config laid over its defaults (YAML values, {@code --set KEY=VALUE})
     * @return this fitter with {@code settings} applied; with no settings, this fitter as registered
     * @throws InvalidInputException for an unknown key or a wrong value, in one line naming the fitter and the key;
     *                               by default every key is unknown, for a fitter without settings
     */
    default Fitter configured(Map<String, ?> settings) {
        if (settings.isEmpty()) {
            return this;
        }
        throw new InvalidInputException("fitter " + name() + ": unknown key "
                + Excerpt.of(settings.keySet().iterator().next()) + "; it has no settings");
    }

    /**
     * @return the fit of {@code data}
     * @throws IllegalArgumentException if the data cannot be fitted as asked (too few points, repeated x …)
     */
    FitResult fit(Dataset data, FitRequest request);

    /**
     * {@link #fit(Dataset, FitRequest)}, telling {@code progress} (percent done, 100) along the way; by default only
     * at the start and the end.
     */
    default FitResult fit(Dataset data, FitRequest request, IntBinaryOperator progress) {
        progress.applyAsInt(0, 100);
        FitResult result = fit(data, request);
        progress.applyAsInt(100, 100);
        return result;
    }

    /**
     * What the fit needs, before it starts, so that a fit too large for the heap or beyond a limit on work is refused
     * in one line. Fitters whose memory or time grows faster than N log N must say so here; the default, for those
     * that do not, is {@link WorkEstimate#small}.
     *
     * @param dataPoints N, the size of the data to fit
     * @param what       the sizes as the user gave them, the start of a refusal
     */
    default WorkEstimate estimate(int dataPoints, FitRequest request, String what) {
        return WorkEstimate.small(what);
    }

    /**
     * @return the steps of evaluating a fit of N points at one x (for evaluations on a grid); by default a binary
     *         search over pieces at the data
     */
    default double evaluationSteps(int dataPoints, FitRequest request) {
        return 10 + Math.log(Math.max(2, dataPoints)) / Math.log(2);
    }
}
