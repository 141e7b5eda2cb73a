/** Gradient flow in function space: the velocities of breakpoints and delta-slopes (Thm 7). */
package org.splinelens.dynamics.flow;
