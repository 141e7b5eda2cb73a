/** Loss-surface experiments: the growth of critical partitions ('shallow ReLU networks as splines' Fig 7). */
package org.splinelens.experiments.surface;
