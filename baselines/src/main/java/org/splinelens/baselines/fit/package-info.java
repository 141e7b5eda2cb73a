/**
 * The baselines behind one plugin interface: a {@link org.splinelens.baselines.fit.Fitter} per method, registered by
 * name ({@code dp}, {@code greedy-merge}, {@code linear}, {@code natural-cubic}, {@code min-norm}).
 */
package org.splinelens.baselines.fit;
