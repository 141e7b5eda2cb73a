/**
 * Experiment {@code roughness-by-layer}: roughness per hidden layer during training ('functional characterization'
 * Fig 3), as each unit's attribution to the output (reading a) and as the roughness of its own basis function
 * (reading b).
 */
package org.splinelens.experiments.roughnessbylayer;
