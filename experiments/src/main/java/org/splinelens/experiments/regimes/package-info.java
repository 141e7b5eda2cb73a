/** 'shallow ReLU networks as splines' Sec 4.4 and Table 2: the init scale α selects the implicit regularization. */
package org.splinelens.experiments.regimes;
