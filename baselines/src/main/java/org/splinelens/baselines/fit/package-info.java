/**
 * The baselines behind one plugin interface: a {@link org.splinelens.baselines.fit.Fitter} per method, registered by
 * name ({@code dp}, {@code greedy-merge}, {@code linear}, {@code natural-cubic}, {@code min-norm},
 * {@code smoothing-spline}). A fitter with settings of its own binds them in
 * {@link org.splinelens.baselines.fit.Fitter#configured}.
 */
package org.splinelens.baselines.fit;
