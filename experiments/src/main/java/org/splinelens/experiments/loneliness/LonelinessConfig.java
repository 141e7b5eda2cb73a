package org.splinelens.experiments.loneliness;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * Fig 11's protocol, at initialization and after training (SRS App. 4.3: lonely partitions "occur at initialization and
 * remain lonely at subsequent times"). The paper gives neither data nor training for Fig 11; chosen: N points drawn
 * uniformly on [−2, 2] with y = sin(x) (App. 4.2's small-data task: "20 random points in the range [−2, 2]", sine its
 * first function; only data-dependent initializers see y), H = round(ratio · N), and the training of App. 4.4's "very
 * small task" on which He and the uniform init are compared: full-batch Adam on ½ Σ e², lr 3e-5 / 5 (the rate "for
 * α ≥ 1"; here α = 1), 50,000 epochs.
 *
 * @param dataPoints    N
 * @param ratios        overparametrization ratios H/N
 * @param inits         initializer names (the paper: He and its uniform-breakpoint init)
 * @param trials        independent draws of data and networks, each measured at initialization
 * @param trainedTrials how many of the trials (the first, at most all) also train every net and measure it again
 * @param optimizer     the optimizer's name
 * @param lr            its learning rate
 * @param epochs        full-batch epochs
 */
public record LonelinessConfig(int dataPoints, List<Double> ratios, List<String> inits, int trials, int trainedTrials,
        String optimizer, double lr, int epochs) {

    public LonelinessConfig {
        ConfigLists.check("ratios", ratios);
        ConfigLists.check("inits", inits);
        if (dataPoints < 2) {
            throw new IllegalArgumentException("dataPoints must be >= 2, got " + dataPoints);
        }
        if (ratios == null || ratios.isEmpty() || ratios.stream().anyMatch(r -> r == null || !(r > 0))) {
            throw new IllegalArgumentException("ratios must be a non-empty list of positive numbers, got " + ratios);
        }
        if (inits == null || inits.isEmpty()) {
            throw new IllegalArgumentException("inits must name at least one initializer");
        }
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be >= 1, got " + trials);
        }
        if (trainedTrials < 0) {
            throw new IllegalArgumentException("trainedTrials must be >= 0, got " + trainedTrials);
        }
        if (optimizer == null || optimizer.isBlank()) {
            throw new IllegalArgumentException("optimizer must name an optimizer");
        }
        if (!(lr > 0) || !Double.isFinite(lr)) {
            throw new IllegalArgumentException("lr must be a finite value > 0, got " + lr);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (ratios.stream().distinct().count() != ratios.size()) {
            throw new IllegalArgumentException("ratios: repeated entries in " + ratios);
        }
        ratios = List.copyOf(ratios);
        if (inits.stream().distinct().count() != inits.size()) {
            throw new IllegalArgumentException("inits: repeated entries in " + inits);
        }
        inits = List.copyOf(inits);
    }
}
