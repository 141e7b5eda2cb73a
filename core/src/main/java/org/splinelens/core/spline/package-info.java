/**
 * The spline lens (paper 'shallow ReLU networks as splines', Sec 2.1, Eq. 1–2): the breakpoint / delta-slope /
 * orientation (BDSO) parametrization of a shallow ReLU network, the canonical continuous piecewise-linear (CPWL)
 * form of any univariate ReLU network, the exact conversions network → BDSO → PWL → network, and the least-squares
 * line of one piece of data ({@link org.splinelens.core.spline.LineFit}), the building block of piecewise-OLS fits.
 */
package org.splinelens.core.spline;
