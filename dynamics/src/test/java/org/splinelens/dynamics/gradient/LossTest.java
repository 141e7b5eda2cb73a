package org.splinelens.dynamics.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Samplers;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * {@link Loss}: the mean squared error's loss is {@code (1/N) Σ e²} computed from the network's values, its gradient
 * that loss's central finite differences, and a minibatch's mean is over its own points; {@code half-sse} is the
 * objective itself.
 */
class LossTest {
    private static final Dataset DATA = Dataset.sample(Samplers.grid(-2, 2, 0.1), x -> Math.sin(2 * x));

    private static double[] gaussians(long seed, int count) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] theta = new double[count];
        for (int k = 0; k < count; k++) {
            theta[k] = r.nextGaussian() * 0.7;
        }
        return theta;
    }

    /** @return {@code (1/N) Σ (f(x_n) − y_n)²} from the values of the network {@code theta} stands for */
    private static double meanSquares(Objective objective, double[] theta, double[] x, double[] y) {
        UnivariateNetwork net = objective.network(theta);
        double squares = 0;
        for (int n = 0; n < x.length; n++) {
            double e = net.value(x[n]) - y[n];
            squares += e * e;
        }
        return squares / x.length;
    }

    @Test
    void theMeanSquaredErrorAndItsGradientMatchTheDefinitionByFiniteDifferences() {
        UnivariateNetwork[] nets = {ShallowNetwork.fromParameters(5, gaussians(1, 16)),
            DeepNetwork.of(new DeepArchitecture(3, 3), gaussians(2, new DeepArchitecture(3, 3).parameterCount()))};
        for (UnivariateNetwork net : nets) {
            TrainingObjective mse = Loss.MSE.of(Objectives.of(new ObjectiveRequest(net, DATA, GradientMethod.AUTO,
                    Normalization.NONE, 0)));
            Objective full = mse.full();
            double[] theta = mse.startParameters();
            double[] gradient = new double[theta.length];
            double loss = full.lossAndGradient(theta, gradient);
            assertThat(loss).isCloseTo(meanSquares(full, theta, DATA.x(), DATA.y()), within(1e-12));
            assertThat(full.loss(theta)).isEqualTo(loss);
            double h = 1e-6;
            for (int k = 0; k < theta.length; k++) {
                double[] plus = theta.clone();
                double[] minus = theta.clone();
                plus[k] += h;
                minus[k] -= h;
                double difference = (meanSquares(full, plus, DATA.x(), DATA.y())
                        - meanSquares(full, minus, DATA.x(), DATA.y())) / (2 * h);
                assertThat(gradient[k]).as("%s parameter %d", net.getClass().getSimpleName(), k)
                        .isCloseTo(difference, within(1e-6));
            }
        }
    }

    @Test
    void aMinibatchMeanIsOverItsOwnPointsAndHalfSseIsTheObjectiveItself() {
        ShallowNetwork net = ShallowNetwork.fromParameters(4, gaussians(3, 13));
        TrainingObjective plain = Objectives.of(new ObjectiveRequest(net, DATA, GradientMethod.AUTO, Normalization.NONE,
                7));
        assertThat(Loss.HALF_SSE.of(plain)).isSameAs(plain);
        TrainingObjective mse = Loss.MSE.of(plain);
        double[] x = {-1, -0.5, 0, 0.5, 1, 1.5, 2};
        double[] y = {0, 1, 0, 1, 0, 1, 0};
        Objective batch = mse.batch(x, y);
        double[] theta = mse.startParameters();
        assertThat(batch.loss(theta)).isCloseTo(meanSquares(batch, theta, x, y), within(1e-12));
        assertThat(mse.path()).isEqualTo(plain.path());
        assertThat(Loss.named("MSE")).isEqualTo(Loss.MSE);
        assertThat(Loss.named("half-sse")).isEqualTo(Loss.HALF_SSE);
        assertThat(Loss.named("l1")).isNull();
    }
}
