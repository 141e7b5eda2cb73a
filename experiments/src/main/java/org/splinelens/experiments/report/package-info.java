/**
 * What a run shows: figures as PNG and SVG (XChart) and the HTML report with verdicts beside the papers' numbers, in
 * the one stylesheet of every splinelens page ({@link org.splinelens.experiments.report.PageStyle}).
 */
package org.splinelens.experiments.report;
