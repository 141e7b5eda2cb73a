/** The trainer: stopping rules, divergence, observers. */
package org.splinelens.dynamics.train;
