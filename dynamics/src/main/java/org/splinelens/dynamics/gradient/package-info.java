/**
 * Full-batch training objectives {@code ℓ(θ) = ½ Σ (f(x_n; θ) − y_n)²} with exact gradients: the dense paths and the
 * O(N + H log N) sweep for shallow networks.
 */
package org.splinelens.dynamics.gradient;
