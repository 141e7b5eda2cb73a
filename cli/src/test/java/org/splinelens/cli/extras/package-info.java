/**
 * A test module's plugins, one of each kind (target, initializer, optimizer, fitter, experiment, command), registered by
 * {@link org.splinelens.cli.extras.ExtraPluginsModule} through this test class path's {@code META-INF/services}: every
 * CLI test runs with them on the class path, and {@code ExtraPluginsTest} runs each kind's contract and the commands on
 * them. Each is its own files plus one registration line; nothing else in the repository names them.
 */
package org.splinelens.cli.extras;
