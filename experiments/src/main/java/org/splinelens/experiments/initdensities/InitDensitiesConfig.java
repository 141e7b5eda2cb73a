package org.splinelens.experiments.initdensities;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * 'functional characterization' Fig 1 (middle, right) and the shallow paper's Fig 5: networks of the given hidden
 * widths drawn from an initializer, every layer's induced breakpoints and delta-slopes (exact, core), histograms on
 * [−range, range] against the Cor 1 law for layer 1 (fan-in 1, so the shallow law holds there at any depth). The
 * papers give no sample sizes; chosen: {@code networks} per trial.
 *
 * @param init     initializer name with a known Thm 1 law (he-normal, gaussian, uniform, …)
 * @param widths   hidden widths
 * @param networks networks drawn per trial
 * @param range    histogram half-width
 * @param bins     histogram bins
 * @param trials   repetitions
 */
public record InitDensitiesConfig(String init, List<Integer> widths, int networks, double range, int bins,
        int trials) {

    public InitDensitiesConfig {
        ConfigLists.check("widths", widths);
        if (widths == null || widths.isEmpty() || widths.stream().anyMatch(w -> w == null || w < 1)) {
            throw new IllegalArgumentException("widths must be a non-empty list of positive widths, got " + widths);
        }
        if (networks < 1 || !(range > 0) || bins < 2 || trials < 1) {
            throw new IllegalArgumentException("networks >= 1, range > 0, bins >= 2 and trials >= 1 required");
        }
        widths = List.copyOf(widths);
    }
}
