/** Experiment {@code alpha-regimes}: the init scale α selects the implicit regularization ('shallow ReLU networks as splines' Sec 4.4, Table 2, Fig 9). */
package org.splinelens.experiments.alpharegimes;
