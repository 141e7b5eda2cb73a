/**
 * The contract suite of the plugin kind core defines (targets), published in core's test-jar and gathered by the
 * {@code testkit}: a test class implementing it runs it over every registered target, narrowed by {@code covers(name)}.
 */
package org.splinelens.core.contract;
