/** Initialization experiments: 'functional characterization' Table 1 (uniform-breakpoint initialization). */
package org.splinelens.experiments.uniformbreakpointinit;
