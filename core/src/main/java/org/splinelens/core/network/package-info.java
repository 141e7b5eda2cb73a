/**
 * Univariate ReLU networks on flat parameter vectors: the shallow network
 * {@code f(x) = b0 + Σ v_i relu(w_i x + b_i)} (paper 'shallow ReLU networks as splines', Eq. 1) and the deep
 * multilayer perceptron with any hidden widths, scalar input and scalar output; their batch evaluation, the loss
 * {@code ℓ = ½ Σ (f(x_n) − y_n)²} and its exact gradient.
 *
 * <p>Convention everywhere: {@code relu'(0) = 0}, so a point exactly on a breakpoint counts as inactive.
 */
package org.splinelens.core.network;
