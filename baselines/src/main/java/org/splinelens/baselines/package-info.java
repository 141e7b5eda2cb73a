/**
 * Classical CPWL fitters the papers compare against: DP segmented regression, Greedy Merge, spline interpolation, minimum-norm spline regression. Filled in by the baselines issue.
 */
package org.splinelens.baselines;
