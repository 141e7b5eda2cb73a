package org.splinelens.dynamics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.observe.BreakpointMobility;
import org.splinelens.dynamics.observe.BreakpointSnapshot;
import org.splinelens.dynamics.observe.LayerMobility;
import org.splinelens.dynamics.train.StopReason;
import org.splinelens.dynamics.train.TrainingResult;

/** Pins the formats of a training run's files byte for byte: other tools read them. */
class TrainingCsvTest {
    /** β_0 = −b/w = 0.5, μ_0 = w v = 1; unit 1 has w = 0 and so no breakpoint. */
    private static final ShallowNetwork SHALLOW = ShallowNetwork.of(new double[] {2, 0}, new double[] {-1, 3},
            new double[] {0.5, 1}, 0);

    @Test
    void lossIsOneRowPerEpochFromTheStart() {
        assertThat(TrainingCsv.loss(new double[] {1.5, 0.25, 1e-10}))
                .isEqualTo("epoch,loss\n0,1.5\n1,0.25\n2,1.0E-10\n");
    }

    @Test
    void shallowBreakpointsAreTheUnitsParametersAndBdsoWithAnEmptyBreakpointWhereWIsZero() {
        List<UnivariateNetwork> networks = List.of(SHALLOW, SHALLOW);
        assertThat(TrainingCsv.shallowBreakpoints(new int[] {0, 5}, networks)).isEqualTo(
                "epoch,unit,w,b,v,breakpoint,deltaSlope,orientation\n"
                        + "0,0,2.0,-1.0,0.5,0.5,1.0,1\n0,1,0.0,3.0,1.0,,0.0,0\n"
                        + "5,0,2.0,-1.0,0.5,0.5,1.0,1\n5,1,0.0,3.0,1.0,,0.0,0\n");
    }

    @Test
    void layerBreakpointsListEveryInducedBreakpointWithItsActivity() {
        // layer 1: relu(x), relu(−x); layer 2: relu(1 − |x|), zeros at ±1; the output kinks at 0 and ±1
        DeepNetwork vee = DeepNetwork.of(new DeepArchitecture(2, 1), new double[] {1, -1, 0, 0, -1, -1, 1, 1, 0});
        assertThat(TrainingCsv.layerBreakpoints(List.of(BreakpointSnapshot.of(3, 0, SHALLOW),
                BreakpointSnapshot.of(7, 0, vee)))).isEqualTo("epoch,layer,unit,breakpoint,active\n"
                        + "3,1,0,0.5,true\n"
                        + "7,1,0,0.0,true\n7,1,1,0.0,true\n7,2,0,-1.0,true\n7,2,0,1.0,true\n");
    }

    @Test
    void roughnessIsOneRowPerObservationAndLayerNumberedFromOne() {
        assertThat(TrainingCsv.roughness(new int[] {0, 10}, new double[][] {{1.5, 2}, {0.25, 3}}))
                .isEqualTo("epoch,layer,roughness\n0,1,1.5\n0,2,2.0\n10,1,0.25\n10,2,3.0\n");
    }

    @Test
    void mobilityIsOneRowPerLayerWithVelocityRelativeToLayerOne() {
        BreakpointMobility mobility = new BreakpointMobility(List.of(new LayerMobility(1, 0, 1, 2, 0.125),
                new LayerMobility(2, 3, 1, 4, 0.5)));
        assertThat(TrainingCsv.mobility(mobility)).isEqualTo(
                "layer,births,deaths,totalChanges,matchedPairs,meanVelocity,relativeVelocity\n"
                        + "1,0,1,1,2,0.125,1.0\n2,3,1,4,4,0.5,4.0\n");
    }

    @Test
    void reportIsOneJsonObjectInAFixedOrderOrOneLine() {
        TrainingResult result = new TrainingResult(SHALLOW, 10, 0.5, StopReason.EPOCHS, new double[11], 0);
        TrainingReport report = new TrainingReport(result, GradientMethod.SWEEP, false);
        // a run too short to time has an infinite rate, which JSON can only carry as a string
        assertThat(report.json()).isEqualTo("{\"finalLoss\":0.5,\"epochs\":10,\"seconds\":0.0,"
                + "\"epochsPerSecond\":\"Infinity\",\"stop\":\"epochs\",\"gradient\":\"sweep\",\"batchNorm\":false}");
        assertThat(report.line()).isEqualTo(
                "final loss 0.500000000 after 10 epochs (epochs) in 0.000 s, Infinity epochs/s, sweep gradient");
        TrainingReport timed = new TrainingReport(new TrainingResult(SHALLOW, 10, 0.5, StopReason.CONVERGED,
                new double[11], 2), GradientMethod.DENSE, true);
        assertThat(timed.json()).isEqualTo("{\"finalLoss\":0.5,\"epochs\":10,\"seconds\":2.0,\"epochsPerSecond\":5.0,"
                + "\"stop\":\"converged\",\"gradient\":\"dense\",\"batchNorm\":true}");
    }
}
