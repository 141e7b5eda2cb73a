/**
 * The spline lens (paper 'shallow ReLU networks as splines', Sec 2.1, Eq. 1–2): the breakpoint / delta-slope /
 * orientation (BDSO) parametrization of a shallow ReLU network, the canonical continuous piecewise-linear (CPWL)
 * form of any univariate ReLU network, and the exact conversions network → BDSO → PWL → network.
 */
package org.splinelens.core.spline;
