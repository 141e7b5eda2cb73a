package org.splinelens.experiments.alpharegimes;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * SRS App. 4.4's protocol (docs/EXPERIMENTS.md, alpha-regimes, field by field): H = 1000 units, 21 points uniformly
 * spaced on [−2, 2] plus 'pins' at ±3, every target uniform on [−2, 2]; flat and He initializations scaled by α;
 * full-batch Adam on ½Σe², lr 3e-5 for α &lt; 1 and lr/5 otherwise, 50,000 epochs; the fit compared on a grid of step
 * 0.01 over [−2, 2] with linear interpolation and the natural cubic spline. Beside it, the readings where the paper is
 * silent or says more: the same runs without the pins (§4.4's end slopes), α >= 1 at the small-α learning rate, the flat
 * start tiling [−2, 2], and §4.3's "very small task". The quick preset trains 5× fewer epochs at 5× the learning rates, with the no-pins reading only.
 *
 * @param width          H
 * @param alphas         init scales α
 * @param inits          initializer names
 * @param epochs         Adam steps
 * @param lrSmall        Adam learning rate for α &lt; 1
 * @param lrLarge        Adam learning rate for α >= 1
 * @param trials         random datasets (and inits)
 * @param unpinnedInits  initializers also trained on the 21 points without the pins at ±3, at every α (none: [])
 * @param lrSmallReading whether each init is also trained at every α >= 1 with {@code lrSmall}: at α = 1 the paper's
 *                       "3e-5 for α &lt; 1" read as "α ≤ 1", above it the rate not divided by 5
 * @param tilingReading  whether the flat init (when among the inits) is also trained, at every α, from breakpoints
 *                       tiling the interior [−2, 2] instead of the data's range [−3, 3] ("a uniform partition of our
 *                       x-range")
 * @param smallWidth     H of §4.3's small task
 * @param smallPoints    its N points, uniformly spaced on [−3, 3], targets uniform on [−2, 2]
 * @param smallAlpha     its init scale (the paper's α = 100)
 * @param smallEpochs    its Adam steps, at {@code lrLarge} (0: the small task is not run)
 * @param smallTasks     small tasks per trial, each with its own data and starts; a trial reports their means
 */
public record AlphaRegimesConfig(int width, List<Double> alphas, List<String> inits, int epochs, double lrSmall,
        double lrLarge, int trials, List<String> unpinnedInits, boolean lrSmallReading, boolean tilingReading, int smallWidth,
        int smallPoints, double smallAlpha, int smallEpochs, int smallTasks) {

    public AlphaRegimesConfig {
        ConfigLists.check("alphas", alphas);
        ConfigLists.check("inits", inits);
        ConfigLists.check("unpinnedInits", unpinnedInits);
        if (width < 1 || epochs < 1 || !(lrSmall > 0) || !(lrLarge > 0) || trials < 1) {
            throw new IllegalArgumentException("width, epochs, trials >= 1 and learning rates > 0 required");
        }
        if (alphas == null || alphas.isEmpty() || alphas.stream().anyMatch(a -> a == null || !(a > 0))) {
            throw new IllegalArgumentException("alphas must be a non-empty list of positive scales, got " + alphas);
        }
        if (inits == null || inits.isEmpty()) {
            throw new IllegalArgumentException("inits must name at least one initializer");
        }
        if (alphas.stream().distinct().count() != alphas.size()) {
            throw new IllegalArgumentException("alphas: repeated entries in " + alphas);
        }
        alphas = List.copyOf(alphas);
        if (inits.stream().distinct().count() != inits.size()) {
            throw new IllegalArgumentException("inits: repeated entries in " + inits);
        }
        inits = List.copyOf(inits);
        if (unpinnedInits == null || !inits.containsAll(unpinnedInits)
                || unpinnedInits.stream().distinct().count() != unpinnedInits.size()) {
            throw new IllegalArgumentException("unpinnedInits must be distinct entries of inits, got " + unpinnedInits);
        }
        unpinnedInits = List.copyOf(unpinnedInits);
        if (smallWidth < 1 || smallPoints < 3 || !(smallAlpha > 0) || Double.isInfinite(smallAlpha)
                || smallEpochs < 0 || smallTasks < 1) {
            throw new IllegalArgumentException("smallWidth >= 1, smallPoints >= 3, finite smallAlpha > 0,"
                    + " smallEpochs >= 0 and smallTasks >= 1 required");
        }
    }

    /** @return whether §4.3's small task is run */
    public boolean smallTask() {
        return smallEpochs > 0;
    }
}
