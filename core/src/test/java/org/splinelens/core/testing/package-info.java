/**
 * The test kit's shared part, published in core's test-jar: {@code RandomNetworks} (random shallow and deep nets with
 * zero weights, coincident knots, tiny and huge scales), {@link org.splinelens.core.testing.KolmogorovSmirnov} and
 * {@link org.splinelens.core.testing.PluginContract}, the base of every plugin kind's contract suite.
 */
package org.splinelens.core.testing;
