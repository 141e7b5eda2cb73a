package org.splinelens.cli.extras;

import org.splinelens.init.InitConfig;
import org.splinelens.init.InitializerFactory;
import org.splinelens.init.random.LayerwiseInitializer;
import org.splinelens.init.theory.GaussianInitTheory;

/**
 * {@code extra-lecun-normal}: weights and hidden biases {@code N(0, 1/fan_in)}, output bias 0. For a shallow net
 * σ_b = σ_w = 1 and σ_v = 1/√H, the Thm 1(a) law it declares.
 *
 * @param alpha init scale (default 1)
 */
record LecunNormalConfig(double alpha) implements InitConfig {
    static final LecunNormalConfig DEFAULTS = new LecunNormalConfig(1);

    LecunNormalConfig {
        InitConfig.checkAlpha(alpha);
    }

    static InitializerFactory<LecunNormalConfig> factory() {
        return new InitializerFactory<>("extra-lecun-normal", "N(0, 1/fan_in) weights and hidden biases (test module)",
                LecunNormalConfig.class, DEFAULTS, config -> new LayerwiseInitializer(
                        (random, layer, fanIn, fanOut, output, bias) -> output && bias ? 0
                                : random.nextGaussian() / Math.sqrt(fanIn)))
                .withTheory((config, width) -> new GaussianInitTheory(1, 1, 1 / Math.sqrt(width)));
    }
}
