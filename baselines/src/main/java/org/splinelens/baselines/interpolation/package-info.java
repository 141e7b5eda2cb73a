/**
 * Interpolants and kernel-regime regression: linear and natural cubic spline interpolation, and the minimum-norm
 * delta-slopes {@code μ* = Φ⁺ y} of 'shallow ReLU networks as splines' Thm 6 with its uniform-breakpoint family
 * (Cor 4).
 */
package org.splinelens.baselines.interpolation;
