/** 'functional characterization' Fig 5 (Fig 4 of the shallow paper): roughness in data gaps vs width and init scale. */
package org.splinelens.experiments.gaproughness;
