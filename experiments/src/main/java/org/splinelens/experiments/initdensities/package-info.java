/**
 * Random initialization in function space: breakpoint and delta-slope laws per layer (Fig 5; FC Fig 1), and the
 * depth claim "as depth increases, delta-slopes have lower variance" in three readings
 * ({@code DepthReadings}).
 */
package org.splinelens.experiments.initdensities;
