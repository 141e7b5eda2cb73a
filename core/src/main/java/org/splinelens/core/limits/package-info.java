/**
 * Resource limits checked before large work starts: estimated memory against what the JVM can still allocate, and
 * counts (pieces, grid points, rows, samples) against stated limits that a named option raises. A refusal is an
 * {@link org.splinelens.core.io.InvalidInputException}: one line naming the parameter, the size and the way out.
 * {@link org.splinelens.core.limits.PrecisionExceeded} is the same kind of refusal for numbers beyond double precision.
 */
package org.splinelens.core.limits;
