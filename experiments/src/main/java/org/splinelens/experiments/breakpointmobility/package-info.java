/** Experiment {@code breakpoint-mobility}: breakpoint births, deaths and velocities per layer ('functional characterization' Fig 2). */
package org.splinelens.experiments.breakpointmobility;
