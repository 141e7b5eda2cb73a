/**
 * Experiment plugins that reproduce the papers' tables and figures. Filled in by the experiments issue.
 */
package org.splinelens.experiments;
