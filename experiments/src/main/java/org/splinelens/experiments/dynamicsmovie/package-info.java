/** Experiment {@code dynamics-movie}: animations of the function, the data and the breakpoints during training (the supplemental videos). */
package org.splinelens.experiments.dynamicsmovie;
