package org.splinelens.dynamics.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Samplers;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.optim.GradientDescent;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingObserver;

class BreakpointMobilityTest {

    /** Layer 1: relu(x), relu(−x); layer 2: one unit with z = c − |x|, zeros at ±c when c > 0, none when c < 0. */
    private static DeepNetwork vee(double c) {
        return DeepNetwork.of(new DeepArchitecture(2, 1), new double[] {1, -1, 0, 0, -1, -1, c, 1, 0});
    }

    private static BreakpointSnapshot snapshot(int epoch, UnivariateNetwork net) {
        return BreakpointSnapshot.of(epoch, 0, net);
    }

    @Test
    void deeperUnitsAreBornAndDieInPairsAndMatchedOnesMoveAtTheirDisplacementOverTime() {
        BreakpointMobility mobility = BreakpointMobility.of(List.of(snapshot(0, vee(1)), snapshot(10, vee(-1)),
                snapshot(30, vee(2)), snapshot(40, vee(3))));

        LayerMobility first = mobility.layers().get(0);
        LayerMobility second = mobility.layers().get(1);
        assertThat(first.totalChanges()).isZero();
        assertThat(first.matchedPairs()).isEqualTo(6);
        assertThat(first.meanVelocity()).isZero();
        assertThat(second.deaths()).isEqualTo(2);
        assertThat(second.births()).isEqualTo(2);
        assertThat(second.matchedPairs()).isEqualTo(2);
        assertThat(second.meanVelocity()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void shallowVelocityIsTheMeanSpeedOfTheUnitsAndRelativeToLayerOneIsOne() {
        ShallowNetwork start = ShallowNetwork.of(new double[] {1, -2, 0.5}, new double[] {0, 2, 1},
                new double[] {1, 1, 1}, 0);
        ShallowNetwork later = ShallowNetwork.of(new double[] {1, -2, 0}, new double[] {-0.5, 2, 1},
                new double[] {1, 1, 1}, 0);
        BreakpointMobility mobility = BreakpointMobility.of(List.of(snapshot(0, start), snapshot(20, later)));

        LayerMobility layer = mobility.layers().get(0);
        // unit 0: β 0 → 0.5 in 20 epochs; unit 1 stays at 1; unit 2 (β = −2) dies as w reaches 0
        assertThat(layer.deaths()).isEqualTo(1);
        assertThat(layer.births()).isZero();
        assertThat(layer.matchedPairs()).isEqualTo(2);
        assertThat(layer.meanVelocity()).isCloseTo((0.5 / 20) / 2, within(1e-15));
        assertThat(mobility.relativeVelocity(1)).isEqualTo(1.0);
    }

    @Test
    void breakpointsLeavingTheWindowDieAndEnteringOnesAreBorn() {
        ShallowNetwork inside = ShallowNetwork.of(new double[] {1}, new double[] {-0.5}, new double[] {1}, 0);
        ShallowNetwork outside = ShallowNetwork.of(new double[] {1}, new double[] {-1.5}, new double[] {1}, 0);
        List<BreakpointSnapshot> run = List.of(snapshot(0, inside), snapshot(5, outside), snapshot(9, inside));

        LayerMobility windowed = BreakpointMobility.of(run, 0, 1).layers().get(0);
        LayerMobility whole = BreakpointMobility.of(run).layers().get(0);

        assertThat(windowed.deaths()).isEqualTo(1);
        assertThat(windowed.births()).isEqualTo(1);
        assertThat(windowed.matchedPairs()).isZero();
        assertThat(windowed.meanVelocity()).isNaN();
        assertThat(whole.totalChanges()).isZero();
        assertThat(whole.meanVelocity()).isCloseTo((1.0 / 5 + 1.0 / 4) / 2, within(1e-15));
    }

    @Test
    void recorderDuringTrainingKeepsLayerOneCountsAndRecordsTheShallowRoughnessSumOfSquaredDeltaSlopes() {
        Dataset data = Dataset.sample(Samplers.grid(-2, 2, 0.1), Math::sin);
        SplittableRandom r = new SplittableRandom(7);
        double[] theta = new double[new DeepArchitecture(4, 4).parameterCount()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = r.nextGaussian() * 0.7;
        }
        SnapshotRecorder deep = new SnapshotRecorder();
        new Trainer(TrainerConfig.epochs(300).observingEvery(50), GradientMethod.AUTO).train(
                DeepNetwork.of(new DeepArchitecture(4, 4), theta), data, new GradientDescent(0.01),
                new SplittableRandom(1), List.of(deep));
        assertThat(deep.epochs()).containsExactly(0, 50, 100, 150, 200, 250, 300);
        BreakpointMobility mobility = BreakpointMobility.of(deep.snapshots());
        assertThat(mobility.layers().get(0).totalChanges()).isZero();
        assertThat(mobility.layers().get(0).matchedPairs()).isEqualTo(4 * 6);
        assertThat(mobility.layers().get(0).meanVelocity()).isPositive().isFinite();

        double[] shallow = new double[3 * 6 + 1];
        for (int k = 0; k < shallow.length; k++) {
            shallow[k] = r.nextGaussian();
        }
        SnapshotRecorder recorder = new SnapshotRecorder();
        BdsoRecorder bdso = new BdsoRecorder();
        List<Double> directRoughness = new ArrayList<>();
        new Trainer(TrainerConfig.epochs(120).observingEvery(40), GradientMethod.AUTO).train(
                ShallowNetwork.fromParameters(6, shallow), data, new GradientDescent(0.01),
                new SplittableRandom(1), List.<TrainingObserver>of(recorder, bdso, (epoch, loss, net) -> {
                    ShallowNetwork s = (ShallowNetwork) net;
                    double rho = 0;
                    for (int i = 0; i < s.width(); i++) {
                        rho += s.w(i) * s.v(i) * s.w(i) * s.v(i);
                    }
                    directRoughness.add(rho);
                }));
        double[][] rho = recorder.roughnessByLayer();
        assertThat(rho).hasNumberOfRows(4);
        assertThat(bdso.epochs()).containsExactly(recorder.epochs());
        for (int t = 0; t < rho.length; t++) {
            assertThat(rho[t][0]).isCloseTo(directRoughness.get(t), within(1e-12 * directRoughness.get(t)));
            double bdsoRoughness = 0;
            for (double mu : bdso.snapshots().get(t).deltaSlopes()) {
                bdsoRoughness += mu * mu;
            }
            assertThat(bdsoRoughness).isCloseTo(directRoughness.get(t), within(1e-12 * directRoughness.get(t)));
        }
    }

    @Test
    void fewerThanTwoSnapshotsOrFallingEpochsAreRejected() {
        BreakpointSnapshot s = snapshot(3, vee(1));
        assertThatThrownBy(() -> BreakpointMobility.of(List.of(s))).hasMessageContaining("two snapshots");
        assertThatThrownBy(() -> BreakpointMobility.of(List.of(s, snapshot(3, vee(2)))))
                .hasMessageContaining("increasing epochs");
    }
}
