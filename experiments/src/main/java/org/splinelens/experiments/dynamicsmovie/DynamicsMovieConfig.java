package org.splinelens.experiments.dynamicsmovie;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * The learning-dynamics movies (the papers' supplemental videos): the alpha-regimes data and flat start, one run per
 * α, {@code frames} snapshots spread over training.
 *
 * @param width   H
 * @param alphas  init scales (small, medium, large)
 * @param epochs  Adam steps
 * @param frames  snapshots per movie
 * @param lrSmall Adam learning rate for α &lt; 1
 * @param lrLarge Adam learning rate for α >= 1
 * @param trials  trials of final losses (the movies come from the run seed alone)
 */
public record DynamicsMovieConfig(int width, List<Double> alphas, int epochs, int frames, double lrSmall, double lrLarge,
        int trials) {

    public DynamicsMovieConfig {
        ConfigLists.check("alphas", alphas);
        if (width < 1 || epochs < 1 || frames < 2 || !(lrSmall > 0) || !(lrLarge > 0) || trials < 1) {
            throw new IllegalArgumentException("width, epochs, trials >= 1, frames >= 2 and learning rates > 0");
        }
        if (alphas == null || alphas.isEmpty() || alphas.stream().anyMatch(a -> a == null || !(a > 0))
                || alphas.stream().distinct().count() != alphas.size()) {
            throw new IllegalArgumentException("alphas must be distinct positive scales, got " + alphas);
        }
        alphas = List.copyOf(alphas);
    }
}
