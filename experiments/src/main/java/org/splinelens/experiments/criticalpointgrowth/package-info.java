/** Experiment {@code critical-point-growth}: the growth of critical partitions with N and H ('shallow ReLU networks as splines' Fig 7). */
package org.splinelens.experiments.criticalpointgrowth;
