/**
 * Second-order structure of the loss {@code ℓ(θ) = ½ Σ_n (f(x_n) − y_n)²}: the exact shallow Hessian and its Gram
 * form ('shallow ReLU networks as splines' Thm 5), spectra and the fraction of flat directions (Cor 3), and a
 * numerical Hessian for deep networks.
 */
package org.splinelens.losssurface.hessian;
