/**
 * What training observers record and what is derived from it: the observed networks, breakpoint snapshots of every
 * hidden layer, roughness
 * per layer, and breakpoint mobility — births, deaths and velocities per layer ('functional characterization' Sec 3,
 * Figs 2 and 3).
 */
package org.splinelens.dynamics.observe;
