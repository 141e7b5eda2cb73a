/**
 * The loss surface of univariate ReLU networks through the spline lens ('shallow ReLU networks as splines' Sec 2.3):
 * {@code hessian} (exact Hessian, Gram form, spectra, flatness), {@code partition} (data partitions, lonely
 * partitions), {@code knot} (the piecewise-quadratic loss along one breakpoint and its knot types).
 */
package org.splinelens.losssurface;
