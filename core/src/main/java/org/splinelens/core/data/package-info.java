/**
 * Training and test data: the validated {@link org.splinelens.core.data.Dataset} value, CSV files with header
 * {@code x,y}, evaluation grids and the samplers the papers' experiments use (grids, uniform random draws, data gaps).
 */
package org.splinelens.core.data;
