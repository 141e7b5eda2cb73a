/** Random initialization in function space: breakpoint and delta-slope laws per layer (Fig 5; FC Fig 1). */
package org.splinelens.experiments.initdensities;
