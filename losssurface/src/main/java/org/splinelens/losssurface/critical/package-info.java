/**
 * Critical points of the shallow loss ('shallow ReLU networks as splines' Thm 4): the data partition's pieces with
 * their OLS lines against the network's restriction, the gradient norm, and Cor 2's causes of degeneracy.
 */
package org.splinelens.losssurface.critical;
