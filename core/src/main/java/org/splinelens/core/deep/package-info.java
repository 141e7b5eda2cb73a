/**
 * Exact breakpoints of deep univariate ReLU networks (paper 'functional characterization', Sec 4 and
 * Definition 1): every hidden unit's pre-activation is propagated as a CPWL function of the input, layer by layer;
 * each unit's induced breakpoints are the zero crossings of its pre-activation, and a breakpoint is active when the
 * network output's slope changes there ({@link org.splinelens.core.deep.PathActivity} computes Definition 1's
 * path-based readings beside it). Nothing is sampled.
 */
package org.splinelens.core.deep;
