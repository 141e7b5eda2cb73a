/** Empirical function-space statistics of an initializer, per layer, beside the theory where it exists. */
package org.splinelens.init.stats;
