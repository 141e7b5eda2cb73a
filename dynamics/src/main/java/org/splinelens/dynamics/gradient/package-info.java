/**
 * Training objectives {@code ℓ(θ) = ½ Σ (f(x_n; θ) − y_n)²} with exact gradients — the dense paths, the
 * O(N + H log N) sweep for shallow networks, the region path for deep ones and batch-normalised shallow nets — and
 * {@link org.splinelens.dynamics.gradient.Objectives}, which chooses a run's objective from its request.
 */
package org.splinelens.dynamics.gradient;
