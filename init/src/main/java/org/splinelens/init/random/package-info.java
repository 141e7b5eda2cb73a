/**
 * Data-independent random initializers: Gaussian and Uniform families with free scales (the setting of Thm 1), the
 * fan-in (He) and fan-in + fan-out (Glorot) rules, and PyTorch's {@code nn.Linear} default.
 */
package org.splinelens.init.random;
