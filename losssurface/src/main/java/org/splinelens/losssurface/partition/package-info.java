/**
 * Data partitions induced by breakpoints and lonely partitions ('shallow ReLU networks as splines' Lemma 1,
 * Remark 1 — corrected in ERRATA E7).
 */
package org.splinelens.losssurface.partition;
