/**
 * Loss surface of shallow networks: exact Hessian and spectrum, critical points (Thm 4), knot types (Thm 3), lonely partitions (Lemma 1). Filled in by the loss-surface issue.
 */
package org.splinelens.losssurface;
