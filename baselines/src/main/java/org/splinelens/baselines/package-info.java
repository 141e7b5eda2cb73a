/**
 * Classical CPWL fitters the papers compare against: DP segmented regression, Greedy Merge, spline interpolation, minimum-norm spline regression.
 */
package org.splinelens.baselines;
