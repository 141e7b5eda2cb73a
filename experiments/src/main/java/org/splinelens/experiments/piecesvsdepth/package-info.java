/** Experiment {@code pieces-vs-depth}: exact pieces of trained deep nets against depth ('functional characterization' Table 2). */
package org.splinelens.experiments.piecesvsdepth;
