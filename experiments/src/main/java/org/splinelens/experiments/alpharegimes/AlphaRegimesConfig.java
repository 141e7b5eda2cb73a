package org.splinelens.experiments.alpharegimes;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * Sec 4.4's protocol: H = 1000 units, 21 points uniformly spaced on [−2, 2] plus 'pins' at ±3, targets uniform on
 * [−2, 2]; flat and He initializations scaled by α; Adam, lr 3e-5 for α < 1 and lr/5 otherwise, 50,000 epochs; the
 * fit compared on a grid of step 0.01 over [−2, 2] with linear interpolation and a natural cubic spline. Chosen where
 * the paper differs or is silent: the natural cubic <em>interpolating</em> spline (the paper used R's smoothing
 * spline), full-batch Adam on ½Σe². The quick preset trains 5× fewer epochs at 5× the learning rates.
 *
 * @param width       H
 * @param alphas      init scales α
 * @param inits       initializer names
 * @param epochs      Adam steps
 * @param lrSmall     Adam learning rate for α < 1
 * @param lrLarge     Adam learning rate for α >= 1
 * @param trials      random datasets (and inits)
 */
public record AlphaRegimesConfig(int width, List<Double> alphas, List<String> inits, int epochs, double lrSmall,
        double lrLarge, int trials) {

    public AlphaRegimesConfig {
        ConfigLists.check("alphas", alphas);
        ConfigLists.check("inits", inits);
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
    }
}
