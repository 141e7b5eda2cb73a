/** Optimizer plugins: gd, sgd, momentum (heavy-ball, Nesterov), adam and rmsprop, with YAML-bound configs. */
package org.splinelens.dynamics.optim;
