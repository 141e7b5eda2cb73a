/**
 * The registry of named target functions: every ground-truth function the two papers train on, with the domain
 * their experiments use. Functions the papers leave unspecified are fixed here and documented on
 * {@link org.splinelens.core.targets.Targets}.
 */
package org.splinelens.core.targets;
