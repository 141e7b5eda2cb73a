/**
 * Sweeps: the Cartesian product (or zip) of lists of values of an experiment's config keys, each combination a
 * <em>point</em> (one resolved configuration, run into its own standard run directory) and each trial of a point a
 * <em>cell</em>, the unit of parallel work. A cell's generator is seeded from (sweep seed, the point's canonical
 * configuration, trial), so its rows do not depend on the thread count, the order cells run in or which other points
 * the sweep holds.
 */
package org.splinelens.experiments.sweep;
