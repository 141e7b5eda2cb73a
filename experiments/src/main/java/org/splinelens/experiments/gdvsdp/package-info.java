/**
 * Parameter efficiency: gradient-trained networks against globally optimal and greedy piecewise-linear fitting, by the
 * number of linear pieces each has to spend ('functional characterization' Fig 1 left, 'shallow splines' Fig 8), each
 * gradient method tuned over a grid of settings of the same size ({@code Setting}, {@code Tuning}).
 */
package org.splinelens.experiments.gdvsdp;
