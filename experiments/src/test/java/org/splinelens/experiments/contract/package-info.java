/**
 * Contract suites, one per plugin kind, run over every registered plugin: initializers, optimizers, fitters and
 * experiments. Published in this module's test-jar; a plugin module runs them by extending each suite in its tests
 * (docs/EXTENDING.md).
 */
package org.splinelens.experiments.contract;
