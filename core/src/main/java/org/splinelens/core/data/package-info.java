/**
 * Training and test data: the validated {@link org.splinelens.core.data.Dataset} value, CSV files whose header names
 * their columns (by default {@code x} and {@code y}; any two named columns can be chosen), evaluation grids and the
 * samplers the papers' experiments use (grids, uniform random draws, data gaps).
 */
package org.splinelens.core.data;
