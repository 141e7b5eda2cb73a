/**
 * Initializer plugins: named factories, configured by YAML-bound records, that draw shallow and deep networks from a
 * seeded generator (and, for the data-dependent ones, from the training data), with the init-scale {@code alpha} of
 * 'shallow ReLU networks as splines' Sec 2.5 applied on top of every one of them.
 */
package org.splinelens.init;
