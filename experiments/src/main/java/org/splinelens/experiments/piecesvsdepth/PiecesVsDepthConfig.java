package org.splinelens.experiments.piecesvsdepth;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * 'functional characterization' App. 3.2: "a total of H = 40 hidden units, spread over L ∈ {1, 2, 3, 4, 5} hidden
 * layers", targets sampled on [−3, 3], GD at lr 5e-5 for 25,000 epochs, 5 trials. Chosen where the paper is silent:
 * samples every 0.01 (App. 3.1.1's and 3.1.3's spacing; 3.2 says only "uniform samples"), PyTorch's default init
 * (App. 3.1.1's "standard"); every count of {@link PieceCount} is made of the trained net and of its start.
 *
 * @param units   hidden units in all
 * @param depths  numbers of hidden layers
 * @param targets target names
 * @param step    sampling step
 * @param lr      GD learning rate
 * @param epochs  GD steps
 * @param trials  repetitions
 * @param initUnits unit budgets of the at-initialization reading (pieces against units, no training), each >= depth
 * @param initNetworks networks drawn per budget, depth and trial for that reading
 * @param readings  the protocol readings run beside the preset at every target and depth ({@link Reading}: loss-sum,
 *                  loss-mean, he-normal; none: [])
 */
public record PiecesVsDepthConfig(int units, List<Integer> depths, List<String> targets, double step, double lr,
        int epochs, int trials, List<Integer> initUnits, int initNetworks, List<String> readings) {

    /** A config without readings. */
    public PiecesVsDepthConfig(int units, List<Integer> depths, List<String> targets, double step, double lr,
            int epochs, int trials, List<Integer> initUnits, int initNetworks) {
        this(units, depths, targets, step, lr, epochs, trials, initUnits, initNetworks, List.of());
    }

    public PiecesVsDepthConfig {
        ConfigLists.check("depths", depths);
        ConfigLists.check("targets", targets);
        ConfigLists.check("initUnits", initUnits);
        ConfigLists.check("readings", readings);
        if (units < 1 || !(step > 0) || !(lr > 0) || epochs < 1 || trials < 1 || initNetworks < 1) {
            throw new IllegalArgumentException("units, epochs, trials, initNetworks >= 1 and step, lr > 0 required");
        }
        if (depths == null || depths.isEmpty() || depths.stream().anyMatch(d -> d == null || d < 1 || d > units)
                || depths.stream().distinct().count() != depths.size()) {
            throw new IllegalArgumentException("depths: distinct values in 1.." + units + " required, got " + depths);
        }
        if (targets == null || targets.isEmpty()) {
            throw new IllegalArgumentException("targets must name at least one target");
        }
        depths = List.copyOf(depths);
        int deepest = depths.stream().mapToInt(Integer::intValue).max().orElseThrow();
        if (initUnits == null || initUnits.stream().anyMatch(u -> u == null || u < deepest)
                || initUnits.stream().distinct().count() != initUnits.size()) {
            throw new IllegalArgumentException("initUnits: distinct budgets >= the deepest depth " + deepest
                    + " required, got " + initUnits);
        }
        targets = List.copyOf(targets);
        initUnits = List.copyOf(initUnits);
        if (readings == null || readings.stream().distinct().count() != readings.size()) {
            throw new IllegalArgumentException("readings: distinct names required, got " + readings);
        }
        readings.forEach(Reading::of);
        readings = List.copyOf(readings);
    }

    /** @return the readings, parsed */
    List<Reading> protocolReadings() {
        return readings.stream().map(Reading::of).toList();
    }
}
