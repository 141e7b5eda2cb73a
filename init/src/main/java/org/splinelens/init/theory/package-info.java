/**
 * The theory of random initialization in function space ('shallow ReLU networks as splines', Sec 2.2, Thm 1, Cor 1,
 * Thm 2, proofs Sec 5.2–5.5): the densities of breakpoints and delta-slopes under Gaussian and Uniform
 * initializations, the special functions they need, and the moments and tail bound of the initial roughness.
 */
package org.splinelens.init.theory;
