package org.splinelens.init.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.init.Initializer;
import org.splinelens.init.InitializerPlugin;

/**
 * FC Thm 2 calls {@code σ_v = σ_w = √(2/(H+1))} "the default weight variance used in standard He and Glorot
 * initializations". Glorot's normal rule is {@code Var = 2/(fan_in + fan_out)}: the input layer (fan-in 1, fan-out H)
 * and the output layer (fan-in H, fan-out 1) both get {@code 2/(H+1)}. He's is {@code Var = 2/fan_in}: {@code σ_w² = 2}
 * and {@code σ_v² = 2/H}, as SRS Sec 2.2 has it. Measured on the registered {@code glorot-normal} and
 * {@code he-normal} plugins by Monte Carlo, with the roughness {@code ρ0 = Σ μ_i²} whose mean Thm 2 gives as
 * {@code 4H/(H+1)²}.
 */
class GlorotConventionTest {
    private static final int WIDTH = 9;
    private static final int NETS = 4000;

    @Test
    void thm2sSigmaIsGlorotsAndNotHes() {
        Map<String, InitializerPlugin> plugins = PluginRegistry.discover(getClass().getClassLoader())
                .plugins(InitializerPlugin.class);
        double sigma2 = 2.0 / (WIDTH + 1);
        double[] glorot = moments(plugins.get("glorot-normal").create(Map.of()));
        double[] he = moments(plugins.get("he-normal").create(Map.of()));
        int n = NETS * WIDTH;
        // standard error of a Gaussian sample variance: σ² √(2/n)
        Offset<Double> four = Offset.offset(4 * Math.sqrt(2.0 / n));
        assertThat(glorot[0] / sigma2).as("Glorot Var w / (2/(H+1))").isCloseTo(1, four);
        assertThat(glorot[1] / sigma2).as("Glorot Var v / (2/(H+1))").isCloseTo(1, four);
        assertThat(he[0] / 2.0).as("He Var w / 2").isCloseTo(1, four);
        assertThat(he[1] / (2.0 / WIDTH)).as("He Var v / (2/H)").isCloseTo(1, four);
        assertThat(he[0] / sigma2).as("He's input weights are not sqrt(2/(H+1))").isGreaterThan(5);
        // Thm 2's mean roughness 4H/(H+1)² is Glorot's; He's is 4 (SRS Thm 2)
        double thm2Mean = 4.0 * WIDTH / ((WIDTH + 1) * (WIDTH + 1));
        assertThat(glorot[2]).isCloseTo(thm2Mean, Offset.offset(4 * glorot[3]));
        assertThat(he[2]).isCloseTo(4, Offset.offset(4 * he[3]));
        assertThat(Math.abs(he[2] - thm2Mean)).isGreaterThan(20 * he[3]);
    }

    /** @return Var w, Var v (zero-mean, over all units of all nets), the mean of ρ0 and its standard error */
    private static double[] moments(Initializer init) {
        SplittableRandom random = new SplittableRandom(99);
        double ww = 0;
        double vv = 0;
        double rho = 0;
        double rho2 = 0;
        for (int t = 0; t < NETS; t++) {
            ShallowNetwork net = init.shallow(WIDTH, null, random);
            double r = 0;
            for (int i = 0; i < WIDTH; i++) {
                ww += net.w(i) * net.w(i);
                vv += net.v(i) * net.v(i);
                double mu = net.w(i) * net.v(i);
                r += mu * mu;
            }
            rho += r;
            rho2 += r * r;
        }
        double meanRho = rho / NETS;
        double se = Math.sqrt((rho2 / NETS - meanRho * meanRho) / NETS);
        return new double[] {ww / (NETS * WIDTH), vv / (NETS * WIDTH), meanRho, se};
    }
}
