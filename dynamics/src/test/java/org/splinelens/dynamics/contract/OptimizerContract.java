package org.splinelens.dynamics.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.splinelens.core.testing.PluginContract;
import org.splinelens.dynamics.optim.Optimizer;
import org.splinelens.dynamics.optim.OptimizerPlugin;

/**
 * What every optimizer plugin promises, with its default config: on the convex quadratic
 * {@code ℓ(θ) = ½ Σ_k λ_k (θ_k − c_k)²}, λ_k in [0.5, 2], 500 steps from a fixed start lower the loss by at least 10%,
 * every iterate stays finite, and two fresh optimizers follow bit-identical trajectories (no shared state).
 */
public interface OptimizerContract extends PluginContract {

    @TestFactory
    default Stream<DynamicTest> optimizersDescendAConvexQuadraticReproducibly() {
        SplittableRandom r = new SplittableRandom(7);
        int parameters = 12;
        double[] curvature = new double[parameters];
        double[] centre = new double[parameters];
        double[] start = new double[parameters];
        for (int k = 0; k < parameters; k++) {
            curvature[k] = 0.5 + 1.5 * r.nextDouble();
            centre[k] = r.nextGaussian();
            start[k] = centre[k] + 2 * r.nextGaussian();
        }
        return each("optimizer", OptimizerPlugin.class, factory -> {
            double[] first = descend(factory, curvature, centre, start);
            double[] second = descend(factory, curvature, centre, start);
            assertThat(second).as("a fresh optimizer repeats the trajectory").containsExactly(first);
            double before = loss(curvature, centre, start);
            double after = loss(curvature, centre, first);
            assertThat(after).as("loss after 500 steps (from %f)", before).isFinite()
                    .isLessThanOrEqualTo(0.9 * before);
        });
    }

    private static double[] descend(OptimizerPlugin factory, double[] curvature, double[] centre, double[] start) {
        Optimizer optimizer = factory.create(Map.of(), start.length);
        double[] theta = start.clone();
        double[] gradient = new double[theta.length];
        for (int step = 0; step < 500; step++) {
            for (int k = 0; k < theta.length; k++) {
                gradient[k] = curvature[k] * (theta[k] - centre[k]);
            }
            optimizer.step(theta, gradient);
            for (double t : theta) {
                assertThat(t).as("iterate %d", step).isFinite();
            }
        }
        return theta;
    }

    private static double loss(double[] curvature, double[] centre, double[] theta) {
        double loss = 0;
        for (int k = 0; k < theta.length; k++) {
            loss += 0.5 * curvature[k] * (theta[k] - centre[k]) * (theta[k] - centre[k]);
        }
        return loss;
    }
}
