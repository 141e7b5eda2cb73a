package org.splinelens.dynamics.gradient;

import org.splinelens.core.network.UnivariateNetwork;

/**
 * The training loss {@code ℓ(θ) = ½ Σ_n (f(x_n; θ) − y_n)²} of one network shape on one fixed set of points, over flat
 * parameter vectors in the layout of core's {@code ShallowLayout} or {@code DeepArchitecture}. Implementations are
 * allocation-free per call and not thread-safe (they own work buffers); use one per thread.
 */
public interface Objective {

    /** @return the length of the parameter vectors */
    int parameterCount();

    /** @return the number of data points N */
    int size();

    /** @return {@code ℓ(θ)} */
    double loss(double[] theta);

    /** Writes {@code ∇ℓ(θ)} into {@code gradient} (overwritten) and returns {@code ℓ(θ)}. */
    double lossAndGradient(double[] theta, double[] gradient);

    /** @return the network with parameters {@code theta} (a copy) */
    UnivariateNetwork network(double[] theta);
}
