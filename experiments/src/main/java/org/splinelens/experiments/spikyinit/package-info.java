/** 'functional characterization' Table 3: a flat (standard) start generalizes, a spiky one keeps its spikes. */
package org.splinelens.experiments.spikyinit;
