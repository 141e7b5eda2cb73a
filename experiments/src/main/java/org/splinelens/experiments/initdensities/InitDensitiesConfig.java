package org.splinelens.experiments.initdensities;

import java.util.List;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * 'functional characterization' Fig 1 (middle, right) and the shallow paper's Fig 5: networks of the given hidden
 * widths drawn from an initializer, every layer's induced breakpoints and delta-slopes (exact, core), histograms on
 * [−range, range] against the Cor 1 law for layer 1 (fan-in 1, so the shallow law holds there at any depth). The
 * papers give no sample sizes; chosen: {@code networks} per trial. For the across-depth reading of "as depth
 * increases, delta-slopes have lower variance" (FC Sec 3, "networks of varying depths"), {@code networks} more
 * networks of each depth {@code d} in {@code depths}, made of the first {@code d} hidden widths (the last one
 * repeated when {@code d} exceeds their number).
 *
 * @param init     initializer name with a known Thm 1 law (he-normal, gaussian, uniform, …)
 * @param widths   hidden widths
 * @param networks networks drawn per trial
 * @param range    histogram half-width
 * @param bins     histogram bins
 * @param trials   repetitions
 * @param depths   hidden-layer counts of the across-depth reading, ascending (empty: no such reading); FC Fig 1's
 *                 caption ("varying depths", "a 3 layer network"): 1, 2, 3
 * @param readingInits initializers of the depth readings (a, b, c), each judged on its own: {@code init} (listed
 *                 first or not, its readings come from the histograms' networks) and every other, whose
 *                 {@code networks} networks and across-depth networks are drawn after all of {@code init}'s; FC
 *                 Fig 1's caption says He, the paper's appendix "pytorch default of He initialization": he-normal,
 *                 pytorch-default
 */
public record InitDensitiesConfig(String init, List<Integer> widths, int networks, double range, int bins,
        int trials, List<Integer> depths, List<String> readingInits) {
    /** The deepest network of the across-depth reading: its grid may grow exponentially with depth. */
    public static final int MAX_DEPTH = 16;

    public InitDensitiesConfig {
        ConfigLists.check("widths", widths);
        ConfigLists.check("depths", depths);
        if (widths == null || widths.isEmpty() || widths.stream().anyMatch(w -> w == null || w < 1)) {
            throw new IllegalArgumentException("widths must be a non-empty list of positive widths, got " + widths);
        }
        if (networks < 1 || !(range > 0) || bins < 2 || trials < 1) {
            throw new IllegalArgumentException("networks >= 1, range > 0, bins >= 2 and trials >= 1 required");
        }
        widths = List.copyOf(widths);
        if (depths == null || depths.stream().anyMatch(d -> d == null || d < 1 || d > MAX_DEPTH)) {
            throw new IllegalArgumentException("depths must list hidden-layer counts from 1 to " + MAX_DEPTH + ", got "
                    + depths);
        }
        for (int k = 1; k < depths.size(); k++) {
            if (depths.get(k) <= depths.get(k - 1)) {
                throw new IllegalArgumentException("depths must be ascending, got " + depths);
            }
        }
        depths = List.copyOf(depths);
        ConfigLists.check("readingInits", readingInits);
        if (readingInits == null || readingInits.stream().anyMatch(i -> i == null || i.isBlank())
                || readingInits.stream().distinct().count() < readingInits.size() || !readingInits.contains(init)) {
            throw new IllegalArgumentException("readingInits must list distinct initializer names including init "
                    + init + ", got " + readingInits);
        }
        readingInits = List.copyOf(readingInits);
    }

    /** @return the initializers of {@link #readingInits()} other than {@code init}, in their order */
    public List<String> otherReadingInits() {
        return readingInits.stream().filter(i -> !i.equals(init)).toList();
    }

    /** @return the hidden widths of the across-depth network with {@code depth} hidden layers */
    public int[] widthsOfDepth(int depth) {
        int[] hidden = new int[depth];
        for (int l = 0; l < depth; l++) {
            hidden[l] = widths.get(Math.min(l, widths.size() - 1));
        }
        return hidden;
    }
}
