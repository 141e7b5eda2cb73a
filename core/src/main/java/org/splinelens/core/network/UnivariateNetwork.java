package org.splinelens.core.network;

/** A scalar-in, scalar-out ReLU network: either a {@link ShallowNetwork} or a {@link DeepNetwork}. */
public sealed interface UnivariateNetwork permits ShallowNetwork, DeepNetwork {

    /** @return {@code f(x)} */
    double value(double x);

    /** Writes {@code f(x[n])} into {@code out[n]}. */
    void values(double[] x, double[] out);

    /** @return {@code ½ Σ (f(x_n) − y_n)²} */
    double loss(double[] x, double[] y);

    /** @return the number of trainable parameters */
    int parameterCount();

    /** @return this network as a deep MLP computing the same function (a shallow net is one hidden layer) */
    DeepNetwork asDeep();
}
