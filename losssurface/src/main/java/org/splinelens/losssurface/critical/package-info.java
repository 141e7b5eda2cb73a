/**
 * Critical points of the shallow loss ('shallow ReLU networks as splines' Thm 4): the data partition's pieces with
 * their OLS lines against the network's restriction, the gradient norm, Thm 4's hypotheses as its proof needs them
 * ({@link org.splinelens.losssurface.critical.Theorem4Hypotheses}), and Cor 2's causes of degeneracy.
 */
package org.splinelens.losssurface.critical;
