package org.example.splinelens.contrib;

import org.splinelens.init.InitConfig;

/**
 * @param gain  multiplies the Laplace scale {@code 1/√fan_in}; gain 1 gives He's variance {@code 2/fan_in}
 * @param alpha the init scale every initializer has ({@code (w, b, v) → (αw, αb, v/α)})
 */
public record LaplaceConfig(double gain, double alpha) implements InitConfig {
    public static final LaplaceConfig DEFAULTS = new LaplaceConfig(1, 1);

    public LaplaceConfig {
        InitConfig.checkPositive("gain", gain);
        InitConfig.checkAlpha(alpha);
    }
}
