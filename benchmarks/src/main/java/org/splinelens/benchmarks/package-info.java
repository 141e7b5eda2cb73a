/** JMH benchmarks of splinelens kernels, one class per kernel, parameterised at the papers' shapes. */
package org.splinelens.benchmarks;
