package org.example.splinelens.contrib;

import java.util.random.RandomGenerator;
import org.splinelens.init.InitializerFactory;
import org.splinelens.init.random.LayerwiseInitializer;

/**
 * Every weight and hidden bias drawn independently from {@code Laplace(0, s)} with {@code s = gain/√fan_in}: variance
 * {@code 2 s² = 2 gain²/fan_in}, He's variance with heavier tails. The output bias is 0.
 */
public final class LaplaceInitializer {
    private LaplaceInitializer() {
    }

    public static InitializerFactory<LaplaceConfig> factory() {
        return new InitializerFactory<>("laplace", "weights and hidden biases ~ Laplace(0, gain/sqrt(fan_in)):"
                + " He's variance, heavier tails", LaplaceConfig.class, LaplaceConfig.DEFAULTS,
                config -> new LayerwiseInitializer((random, layer, fanIn, fanOut, output, bias) ->
                        output && bias ? 0 : laplace(random, config.gain() / Math.sqrt(fanIn))));
    }

    /** Inverse CDF: for u uniform on (−½, ½), {@code −s sgn(u) ln(1 − 2|u|)} is Laplace(0, s). */
    static double laplace(RandomGenerator random, double scale) {
        double uniform = random.nextDouble();
        while (uniform == 0) {
            uniform = random.nextDouble(); // u = −½ would give an infinite draw
        }
        double u = uniform - 0.5;
        return -scale * Math.signum(u) * Math.log1p(-2 * Math.abs(u));
    }
}
