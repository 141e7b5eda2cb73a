/**
 * The files of a training run: {@code final-net.json}, {@code loss.csv}, {@code breakpoints.csv},
 * {@code roughness.csv}, {@code mobility.csv} (their formats are in {@link org.splinelens.dynamics.io.TrainingCsv}),
 * {@code last-finite-net.json} after a divergence, and the JSON report of a run.
 */
package org.splinelens.dynamics.io;
