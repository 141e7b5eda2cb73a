package org.splinelens.dynamics.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.dynamics.DynamicsModule;

/**
 * Optimizers against closed forms: under a constant gradient g, Adam's and RMSprop's bias-corrected moments are
 * exactly g and g², and momentum's buffer is a geometric sum; and every registered optimizer minimises a convex
 * quadratic, reproducibly.
 */
class OptimizerTest {
    private static final double[] G = {0.5, -2.0, 1e-3, 3.0};
    private static final Map<String, OptimizerPlugin> REGISTRY = PluginRegistry.of(List.of(new DynamicsModule()))
            .plugins(OptimizerPlugin.class);

    private static Optimizer create(String name, Map<String, ?> settings, int count) {
        return REGISTRY.get(name).create(settings, count);
    }

    private static double[] run(Optimizer optimizer, int steps) {
        double[] theta = new double[G.length];
        for (int t = 0; t < steps; t++) {
            optimizer.step(theta, G.clone());
        }
        return theta;
    }

    @Test
    void adamUnderAConstantGradientMovesLrPerStep() {
        double[] theta = run(create("adam", Map.of(), G.length), 10);
        for (int k = 0; k < G.length; k++) {
            assertThat(theta[k]).isCloseTo(-10 * 1e-3 * G[k] / (Math.abs(G[k]) + 1e-8), within(1e-15));
        }
    }

    @Test
    void rmspropUnderAConstantGradientFollowsItsBiasedSecondMoment() {
        double lr = 0.01;
        double alpha = 0.99;
        double[] theta = run(create("rmsprop", Map.of(), G.length), 7);
        for (int k = 0; k < G.length; k++) {
            double expected = 0;
            for (int t = 1; t <= 7; t++) {
                expected -= lr * G[k] / (Math.abs(G[k]) * Math.sqrt(1 - Math.pow(alpha, t)) + 1e-8);
            }
            assertThat(theta[k]).isCloseTo(expected, within(1e-14));
        }
    }

    @Test
    void momentumBuffersAreGeometricSums() {
        double lr = 0.01;
        double mu = 0.9;
        double[] heavy = run(create("momentum", Map.of(), G.length), 6);
        double[] nesterov = run(create("momentum", Map.of("nesterov", true), G.length), 6);
        for (int k = 0; k < G.length; k++) {
            double heavySum = 0;
            double nesterovSum = 0;
            for (int t = 1; t <= 6; t++) {
                double buffer = (1 - Math.pow(mu, t)) / (1 - mu);
                heavySum += buffer;
                nesterovSum += 1 + mu * buffer;
            }
            assertThat(heavy[k]).isCloseTo(-lr * G[k] * heavySum, within(1e-14));
            assertThat(nesterov[k]).isCloseTo(-lr * G[k] * nesterovSum, within(1e-14));
        }
    }

    @Test
    void everyOptimizerMinimisesAConvexQuadraticReproducibly() {
        assertThat(REGISTRY.keySet()).contains("gd", "sgd", "momentum", "adam", "rmsprop");
        for (String name : REGISTRY.keySet()) {
            double[] first = minimise(create(name, Map.of(), 5));
            double[] second = minimise(create(name, Map.of(), 5));
            assertThat(second).as(name).containsExactly(first);
            assertThat(quadratic(first, null)).as(name).isLessThan(1e-2 * quadratic(new double[5], null));
        }
    }

    /** ½ Σ a_k (θ_k − c_k)² with a_k in [1, 5]; writes the gradient when asked. */
    private static double quadratic(double[] theta, double[] gradient) {
        SplittableRandom r = new SplittableRandom(5);
        double f = 0;
        for (int k = 0; k < theta.length; k++) {
            double a = 1 + 4 * r.nextDouble();
            double c = r.nextGaussian();
            f += 0.5 * a * (theta[k] - c) * (theta[k] - c);
            if (gradient != null) {
                gradient[k] = a * (theta[k] - c);
            }
        }
        return f;
    }

    private static double[] minimise(Optimizer optimizer) {
        double[] theta = new double[5];
        double[] gradient = new double[5];
        for (int t = 0; t < 3000; t++) {
            quadratic(theta, gradient);
            optimizer.step(theta, gradient);
        }
        return theta;
    }

    @Test
    void badSettingsNameTheKey() {
        assertThatThrownBy(() -> create("adam", Map.of("lr", -1), 3)).hasMessageContaining("lr");
        assertThatThrownBy(() -> create("momentum", Map.of("momentum", 1.5), 3)).hasMessageContaining("momentum");
        assertThatThrownBy(() -> create("gd", Map.of("speed", 1), 3)).hasMessageContaining("speed");
        assertThatThrownBy(() -> create("sgd", Map.of("batchSize", -2), 3)).hasMessageContaining("batchSize");
    }
}
