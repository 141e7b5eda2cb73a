/**
 * The natural cubic smoothing spline of SRS Table 2 (R's {@code smooth.spline}): the penalised least-squares fit
 * {@code Σ w (y − g)² + λ ∫ g''²} in Reinsch's banded O(N) form, its exact degrees of freedom {@code tr S_λ} from the
 * banded inverse, and λ chosen by generalised cross-validation, by a df target or given.
 * {@link org.splinelens.baselines.smoothing.SmoothingSpline} is the API; the {@code smoothing-spline} fitter plugin
 * wraps it.
 */
package org.splinelens.baselines.smoothing;
