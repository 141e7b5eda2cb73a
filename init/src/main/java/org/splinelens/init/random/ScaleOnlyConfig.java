package org.splinelens.init.random;

import org.splinelens.init.InitConfig;

/**
 * Config of the rule-based initializers (He, Glorot, PyTorch default), whose scales follow from the layer sizes.
 *
 * @param alpha init scale (default 1)
 */
public record ScaleOnlyConfig(double alpha) implements InitConfig {
    public static final ScaleOnlyConfig DEFAULTS = new ScaleOnlyConfig(1);

    public ScaleOnlyConfig {
        InitConfig.checkAlpha(alpha);
    }
}
