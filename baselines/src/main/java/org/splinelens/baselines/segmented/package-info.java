/**
 * Segmented least-squares regression: the globally optimal dynamic programme of Bai &amp; Perron (1998) and the
 * near-linear Greedy Merge of Acharya, Diakonikolas, Li &amp; Schmidt (2016) — the baselines of 'functional
 * characterization' Sec 3 (GD vs DP vs Greedy Merge, Fig 1 left).
 */
package org.splinelens.baselines.segmented;
