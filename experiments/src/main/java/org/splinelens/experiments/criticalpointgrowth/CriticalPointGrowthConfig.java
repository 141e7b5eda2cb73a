package org.splinelens.experiments.criticalpointgrowth;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * Fig 7: the census of partitions admitting a continuous piecewise-OLS fit, against N at fixed H and against H at
 * fixed N. The paper does not give its data; chosen: x uniform on [−1, 1], y = sin(3x) + N(0, 0.3²) noise, exhaustive
 * counts while C(N + H, H) ≤ {@code exhaustiveLimit}, else {@code samples} uniform partitions.
 *
 * @param dataPoints      the N sweep (at H = {@code fixedWidth})
 * @param widths          the H sweep (at N = {@code fixedDataPoints})
 * @param fixedWidth      H during the N sweep
 * @param fixedDataPoints N during the H sweep
 * @param exhaustiveLimit largest C(N + H, H) counted exhaustively, at most {@link Integer#MAX_VALUE}
 * @param samples         partitions sampled beyond it
 * @param trials          random datasets
 */
public record CriticalPointGrowthConfig(List<Integer> dataPoints, List<Integer> widths, int fixedWidth, int fixedDataPoints,
        long exhaustiveLimit, int samples, int trials) {

    public CriticalPointGrowthConfig {
        ConfigLists.check("dataPoints", dataPoints);
        ConfigLists.check("widths", widths);
        if (dataPoints == null || dataPoints.isEmpty() || widths == null || widths.isEmpty()
                || dataPoints.stream().anyMatch(n -> n == null || n < 1) || widths.stream().anyMatch(h -> h == null
                || h < 0)) {
            throw new IllegalArgumentException("dataPoints (>= 1) and widths (>= 0) must be non-empty");
        }
        if (fixedWidth < 0 || fixedDataPoints < 1 || exhaustiveLimit < 1 || samples < 1 || trials < 1) {
            throw new IllegalArgumentException("fixedWidth >= 0; fixedDataPoints, exhaustiveLimit, samples, trials >= 1");
        }
        if (exhaustiveLimit > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("exhaustiveLimit: an exhaustive census examines at most "
                    + Integer.MAX_VALUE + " partitions, got " + exhaustiveLimit);
        }
        dataPoints = List.copyOf(dataPoints);
        widths = List.copyOf(widths);
    }
}
