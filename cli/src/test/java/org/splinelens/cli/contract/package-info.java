/**
 * The contract suite of the plugin kind the CLI defines (commands), published in the cli test-jar and gathered by the
 * {@code testkit}: a test class implementing it runs it over every registered command, narrowed by
 * {@code covers(name)}.
 */
package org.splinelens.cli.contract;
