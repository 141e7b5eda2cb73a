/**
 * Data-dependent and constructed initializers for shallow networks ('shallow ReLU networks as splines' Sec 4.1, 4.2,
 * 4.4): uniform breakpoints over the data range, the 'spiky' random CPWL, and the perfectly flat tiling.
 */
package org.splinelens.init.datadependent;
