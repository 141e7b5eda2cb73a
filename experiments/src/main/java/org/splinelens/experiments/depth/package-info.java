/**
 * Deep univariate nets through the spline lens ('functional characterization' Sec 3): pieces against depth
 * (Table 2), roughness per layer during training (Fig 3) and breakpoint mobility per layer (Fig 2).
 */
package org.splinelens.experiments.depth;
