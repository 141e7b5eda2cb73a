/**
 * Initializer plugins and the theory of random initialization in function space (papers: 'shallow ReLU networks as splines' Sec 2.2, Thm 1, Cor 1, Thm 2). Filled in by the init issue.
 */
package org.splinelens.init;
