/**
 * Random initialization in function space: breakpoint and delta-slope laws per layer (Fig 5; FC Fig 1), and the
 * depth claim "as depth increases, delta-slopes have lower variance" in three readings ({@code DepthReadings}),
 * each judged under every initializer of {@code readingInits} (He-normal, FC Fig 1's caption, and PyTorch's default,
 * the appendix's "pytorch default of He initialization").
 */
package org.splinelens.experiments.initdensities;
