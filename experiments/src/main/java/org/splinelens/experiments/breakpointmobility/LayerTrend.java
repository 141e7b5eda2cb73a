package org.splinelens.experiments.breakpointmobility;

import java.util.List;
import java.util.Locale;
import org.splinelens.experiments.runner.Summary;

/**
 * The linear trend of a per-layer statistic over the layers: the least-squares slope of the trial means against the
 * layer index, {@code b = Σ (ℓ − ℓ̄) m_ℓ / Σ (ℓ − ℓ̄)²}, and its standard error from the means' own standard errors
 * (the layers' trial means are independent estimates), {@code SE(b) = √(Σ (ℓ − ℓ̄)² s_ℓ²/n_ℓ) / Σ (ℓ − ℓ̄)²}. A trend
 * counts, by the project's rule for noisy comparisons, only when {@code |b|} exceeds two standard errors.
 *
 * @param first  the first layer of the fit
 * @param last   the last layer of the fit
 * @param slope  change of the mean per layer
 * @param error  its standard error
 */
public record LayerTrend(int first, int last, double slope, double error) {

    /**
     * @param first the layer of {@code stats.get(0)}; the others follow it, one per layer
     * @param stats the statistic of each layer, at least two
     * @return the trend of the means over those layers
     */
    public static LayerTrend of(int first, List<Summary.Stat> stats) {
        if (stats.size() < 2) {
            throw new IllegalArgumentException("a trend needs at least two layers, got " + stats.size());
        }
        int count = stats.size();
        double centre = first + (count - 1) / 2.0;
        double sxx = 0;
        double sxy = 0;
        double variance = 0;
        for (int k = 0; k < count; k++) {
            Summary.Stat stat = stats.get(k);
            double d = first + k - centre;
            sxx += d * d;
            sxy += d * stat.mean();
            variance += d * d * stat.sd() * stat.sd() / stat.count();
        }
        return new LayerTrend(first, first + count - 1, sxy / sxx, Math.sqrt(variance) / sxx);
    }

    /** @return whether the slope is positive by more than two standard errors */
    public boolean increasing() {
        return slope > 2 * error;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "slope over layers %d-%d %.3g ± %.2g (2 SE)", first, last, slope, 2 * error);
    }
}
