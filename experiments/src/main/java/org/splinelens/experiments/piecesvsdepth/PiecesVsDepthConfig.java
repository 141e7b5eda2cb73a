package org.splinelens.experiments.piecesvsdepth;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * 'functional characterization' App. 3.2: 40 hidden units spread over L layers, targets sampled on [−3, 3], GD at
 * lr 5e-5 for 25,000 epochs, 5 trials, pieces of the trained function counted exactly on [−3, 3]. Chosen: samples
 * every 0.05, PyTorch default init.
 *
 * @param units   hidden units in all
 * @param depths  numbers of hidden layers
 * @param targets target names
 * @param step    sampling step
 * @param lr      GD learning rate
 * @param epochs  GD steps
 * @param trials  repetitions
 */
public record PiecesVsDepthConfig(int units, List<Integer> depths, List<String> targets, double step, double lr,
        int epochs, int trials) {

    public PiecesVsDepthConfig {
        ConfigLists.check("depths", depths);
        ConfigLists.check("targets", targets);
        if (units < 1 || !(step > 0) || !(lr > 0) || epochs < 1 || trials < 1) {
            throw new IllegalArgumentException("units, epochs, trials >= 1 and step, lr > 0 required");
        }
        if (depths == null || depths.isEmpty() || depths.stream().anyMatch(d -> d == null || d < 1 || d > units)
                || depths.stream().distinct().count() != depths.size()) {
            throw new IllegalArgumentException("depths: distinct values in 1.." + units + " required, got " + depths);
        }
        if (targets == null || targets.isEmpty()) {
            throw new IllegalArgumentException("targets must name at least one target");
        }
        depths = List.copyOf(depths);
        targets = List.copyOf(targets);
    }
}
