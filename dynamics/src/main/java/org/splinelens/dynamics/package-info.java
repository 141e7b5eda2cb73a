/**
 * Optimizer plugins, the trainer, fast exact shallow gradients and gradient flow (Thm 7, Lemma 2).
 */
package org.splinelens.dynamics;
