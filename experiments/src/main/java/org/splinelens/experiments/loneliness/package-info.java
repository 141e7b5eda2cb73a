/** 'shallow ReLU networks as splines' Fig 11: lonely data points against the overparametrization ratio H/N. */
package org.splinelens.experiments.loneliness;
