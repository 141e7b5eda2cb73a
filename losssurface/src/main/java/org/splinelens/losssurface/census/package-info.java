/**
 * The critical-point census ('shallow ReLU networks as splines' Sec 2.3 and Fig 7): how many of the
 * {@code C(N + H, H)} partitions of the data by H breakpoints admit a continuous piecewise-OLS fit.
 */
package org.splinelens.losssurface.census;
