/**
 * splinelens core: univariate ReLU networks as continuous piecewise-linear functions. Sub-packages hold the
 * networks ({@code network}), the spline lens ({@code spline}), exact deep breakpoints ({@code deep}), roughness,
 * data, targets, plugin wiring and file formats.
 */
package org.splinelens.core;
