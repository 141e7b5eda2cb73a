/** Experiment {@code hessian-flatness}: the zero-eigenvalue fraction of trained nets' Hessians against the flatness bounds ('shallow ReLU networks as splines' Cor 3). */
package org.splinelens.experiments.hessianflatness;
