package org.splinelens.dynamics.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Samplers;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.optim.GradientDescent;

/** Divergence is a result: {@link StopReason#DIVERGED}, the epoch, and the last finite network and loss. */
class DivergenceTest {
    private static final Dataset DATA = Dataset.sample(Samplers.grid(-2, 2, 0.1), Math::sin);

    @Test
    void aHugeLearningRateEndsDivergedWithTheLastFiniteNetworkAnObserverSaw() {
        SplittableRandom r = new SplittableRandom(21);
        double[] p = new double[3 * 6 + 1];
        for (int k = 0; k < p.length; k++) {
            p[k] = r.nextGaussian();
        }
        List<UnivariateNetwork> networks = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        TrainingResult result = new Trainer(TrainerConfig.epochs(10_000).observingEvery(1), GradientMethod.AUTO)
                .train(ShallowNetwork.fromParameters(6, p), DATA, new GradientDescent(1e3), new SplittableRandom(0),
                        List.of((epoch, loss, net) -> {
                            networks.add(net);
                            losses.add(loss);
                        }));
        assertThat(result.reason()).isEqualTo(StopReason.DIVERGED);
        assertThat(result.diverged()).isTrue();
        Divergence divergence = result.divergence().orElseThrow();
        // every finite epoch was observed (observingEvery(1)), the diverged one not
        assertThat(networks).hasSize(divergence.epoch());
        assertThat(result.epochs()).isEqualTo(divergence.epoch() - 1);
        assertThat(result.network()).isEqualTo(networks.get(networks.size() - 1));
        assertThat(result.finalLoss()).isFinite().isEqualTo(losses.get(losses.size() - 1));
        // the loss of the network, evaluated independently of the trainer, is that loss
        assertThat(result.network().loss(DATA.x(), DATA.y())).isCloseTo(result.finalLoss(),
                org.assertj.core.data.Percentage.withPercentage(1e-9));
        double[] curve = result.lossCurve();
        assertThat(curve).hasSize(divergence.epoch());
        assertThat(java.util.Arrays.stream(curve).allMatch(Double::isFinite)).isTrue();
        assertThat(curve[curve.length - 1]).isEqualTo(result.finalLoss());
    }

    @Test
    void aRunThatDoesNotDivergeHasNoDivergence() {
        TrainingResult result = new Trainer(TrainerConfig.epochs(20), GradientMethod.AUTO).train(
                ShallowNetwork.fromParameters(2, new double[] {1, -0.5, 0.3, 0.2, 0.1, 0.4, 0}), DATA,
                new GradientDescent(1e-3), new SplittableRandom(0), List.of());
        assertThat(result.reason()).isEqualTo(StopReason.EPOCHS);
        assertThat(result.divergence()).isEmpty();
        assertThat(result.diverged()).isFalse();
    }
}
