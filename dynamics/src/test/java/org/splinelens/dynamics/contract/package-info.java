/**
 * The contract suite of this module's plugin kind, published in its test-jar (and gathered by the {@code testkit}):
 * a test class implementing the suite runs it over every registered plugin of the kind, narrowed by
 * {@code covers(name)}.
 */
package org.splinelens.dynamics.contract;
