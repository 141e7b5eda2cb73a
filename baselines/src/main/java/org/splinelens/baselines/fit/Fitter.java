package org.splinelens.baselines.fit;

import org.splinelens.core.data.Dataset;
import org.splinelens.core.plugin.Plugin;

/** A fitting method, registered by name under the plugin kind {@code fitter}. */
public interface Fitter extends Plugin {

    /**
     * @return the fit of {@code data}
     * @throws IllegalArgumentException if the data cannot be fitted as asked (too few points, repeated x …)
     */
    FitResult fit(Dataset data, FitRequest request);
}
