/** What a run shows: figures as PNG and SVG (XChart) and the HTML report with verdicts beside the papers' numbers. */
package org.splinelens.experiments.report;
