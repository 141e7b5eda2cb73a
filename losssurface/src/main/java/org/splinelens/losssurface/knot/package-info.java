/**
 * The loss as a function of one breakpoint: a continuous piecewise quadratic with knots at the data, and the three
 * knot types of 'shallow ReLU networks as splines' Thm 3 (pass-through, repeller, attractor).
 */
package org.splinelens.losssurface.knot;
