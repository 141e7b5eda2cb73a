/** Experiment {@code roughness-by-layer}: roughness per hidden layer during training ('functional characterization' Fig 3). */
package org.splinelens.experiments.roughnessbylayer;
