package org.splinelens.dynamics.observe;

/**
 * Breakpoint mobility of one hidden layer over a run; see {@link BreakpointMobility} for the definitions.
 *
 * @param layer        hidden layer, numbered from 1
 * @param births       breakpoints that appeared, summed over units and observation intervals
 * @param deaths       breakpoints that vanished, summed likewise
 * @param matchedPairs breakpoints followed from one observation to the next
 * @param meanVelocity mean of {@code |Δβ|/Δt} over the matched pairs, in input units per epoch (NaN if none)
 */
public record LayerMobility(int layer, int births, int deaths, int matchedPairs, double meanVelocity) {

    public LayerMobility {
        if (layer < 1 || births < 0 || deaths < 0 || matchedPairs < 0) {
            throw new IllegalArgumentException("layer mobility: layer >= 1 and counts >= 0 required");
        }
    }

    /** @return births plus deaths: the total changes in the layer's breakpoints ('functional characterization' Fig 2) */
    public int totalChanges() {
        return births + deaths;
    }
}
