/**
 * Roughness, the papers' measure of how far a CPWL function is from a line: the discrete analogue of
 * {@code ∫ f''(x)² dx} ('shallow ReLU networks as splines', Sec 2.2 before Thm 2).
 */
package org.splinelens.core.roughness;
