package org.splinelens.init.random;

import org.splinelens.init.InitConfig;

/**
 * {@code uniform}: hidden weights {@code U[−a_w, a_w]}, output weights {@code U[−a_v, a_v]}, hidden biases
 * {@code U[−a_b, a_b]}, output bias 0 — the setting of Thm 1(b).
 *
 * @param aB    half-width for the hidden biases (default 1)
 * @param aW    half-width for the hidden weights (default 1)
 * @param aV    half-width for the output weights (default 1)
 * @param alpha init scale (default 1)
 */
public record UniformConfig(double aB, double aW, double aV, double alpha) implements InitConfig {
    public static final UniformConfig DEFAULTS = new UniformConfig(1, 1, 1, 1);

    public UniformConfig {
        InitConfig.checkPositive("aB", aB);
        InitConfig.checkPositive("aW", aW);
        InitConfig.checkPositive("aV", aV);
        InitConfig.checkAlpha(alpha);
    }
}
