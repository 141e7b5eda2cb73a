/**
 * Experiment plugins that reproduce the papers' tables and figures.
 */
package org.splinelens.experiments;
