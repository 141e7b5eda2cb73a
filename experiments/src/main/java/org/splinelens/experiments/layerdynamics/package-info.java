/** Shared parts of the deep-network experiments ('functional characterization' Sec 3): training deep nets on a target and the config and base class of the per-layer dynamics experiments. */
package org.splinelens.experiments.layerdynamics;
