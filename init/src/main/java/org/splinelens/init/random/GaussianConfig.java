package org.splinelens.init.random;

import org.splinelens.init.InitConfig;

/**
 * {@code gaussian}: hidden-layer weights {@code N(0, σ_w²)}, output weights {@code N(0, σ_v²)}, hidden biases
 * {@code N(0, σ_b²)}, output bias 0 — the setting of Thm 1(a).
 *
 * @param sigmaB standard deviation of the hidden biases (default 1)
 * @param sigmaW standard deviation of the hidden weights (default 1)
 * @param sigmaV standard deviation of the output weights (default 1)
 * @param alpha  init scale (default 1)
 */
public record GaussianConfig(double sigmaB, double sigmaW, double sigmaV, double alpha) implements InitConfig {
    public static final GaussianConfig DEFAULTS = new GaussianConfig(1, 1, 1, 1);

    public GaussianConfig {
        InitConfig.checkPositive("sigmaB", sigmaB);
        InitConfig.checkPositive("sigmaW", sigmaW);
        InitConfig.checkPositive("sigmaV", sigmaV);
        InitConfig.checkAlpha(alpha);
    }
}
