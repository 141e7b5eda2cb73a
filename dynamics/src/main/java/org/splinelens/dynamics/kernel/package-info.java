/** The kernel (lazy) regime: frozen breakpoints, linear regression on the delta-slopes (Lemma 2, Thm 6). */
package org.splinelens.dynamics.kernel;
