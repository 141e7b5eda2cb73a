package org.splinelens.init.stats;

/**
 * One hidden layer's function-space statistics over sampled networks.
 *
 * @param layer       hidden layer, from 1
 * @param breakpoints the induced breakpoints of the layer's units, pooled over networks
 * @param deltaSlopes the units' delta-slopes (for one hidden layer: {@code μ_i = w_i v_i})
 * @param roughness   the layer's roughness per network ({@code Σ μ_i²} for one hidden layer)
 */
public record LayerStatistics(int layer, SampleStatistics breakpoints, SampleStatistics deltaSlopes, SampleStatistics roughness) {
}
