package org.splinelens.experiments.loneliness;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * Fig 11's protocol. The paper gives no data law or N; chosen: N points uniform on [−1, 1] (targets sin(πx), seen only
 * by data-dependent initializers), H = round(ratio · N).
 *
 * @param dataPoints N
 * @param ratios     overparametrization ratios H/N
 * @param inits      initializer names (the paper: He and its uniform-breakpoint init)
 * @param trials     independent draws of data and networks
 */
public record LonelinessConfig(int dataPoints, List<Double> ratios, List<String> inits, int trials) {

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
