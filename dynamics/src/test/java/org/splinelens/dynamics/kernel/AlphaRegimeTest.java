package org.splinelens.dynamics.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Samplers;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.observe.BreakpointMobility;
import org.splinelens.dynamics.observe.SnapshotRecorder;
import org.splinelens.dynamics.optim.GradientDescent;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingResult;

/**
 * Sec 2.5 / 4.4: scaling a flat start by α ({@code w, b ← α w, α b}, {@code v ← v/α}) leaves the function and the
 * breakpoints unchanged but drives training toward the kernel regime, where breakpoints stay put. The delta-slope
 * block of the Hessian grows like α², so the step is {@code η/α²}: every run then takes the same number of steps to
 * fit the data, and the breakpoints' mean displacement over the run must fall as α grows (measured here: by
 * more than 100× per decade of α, on a sine sampled at 13 points, 24 units, 4000 steps).
 */
class AlphaRegimeTest {
    private static final int WIDTH = 24;
    private static final int EPOCHS = 4000;

    @Test
    void breakpointsMoveLessAsAlphaGrows() {
        Dataset data = Dataset.sample(Samplers.grid(-3, 3, 0.5), Math::sin);
        double[] displacement = new double[3];
        double[] alphas = {1, 10, 100};
        for (int a = 0; a < alphas.length; a++) {
            double alpha = alphas[a];
            SnapshotRecorder recorder = new SnapshotRecorder();
            TrainingResult result = new Trainer(TrainerConfig.epochs(EPOCHS), GradientMethod.AUTO)
                    .train(flat(alpha, new SplittableRandom(5)), data, new GradientDescent(0.002 / (alpha * alpha)),
                            new SplittableRandom(0), List.of(recorder));
            double[] loss = result.lossCurve();
            assertThat(loss[EPOCHS]).as("α = %s fits the data", alpha).isLessThan(0.01 * loss[0]);
            // two snapshots, start and end: mean speed times the epochs is the mean displacement
            displacement[a] = BreakpointMobility.of(recorder.snapshots()).layers().get(0).meanVelocity() * EPOCHS;
        }
        // measured: 0.075, 1.3e-5, 1.3e-9 — the displacement falls like α⁻⁴ once the regime is lazy
        assertThat(displacement[0]).isGreaterThan(0.01);
        assertThat(displacement[1]).isLessThan(displacement[0] / 100);
        assertThat(displacement[2]).isLessThan(displacement[1] / 100);
    }

    /** The flat initializer (v = 0, w = ±1, breakpoints tiling [−3, 3]) scaled by α. */
    private static ShallowNetwork flat(double alpha, SplittableRandom random) {
        double[] w = new double[WIDTH];
        double[] b = new double[WIDTH];
        for (int i = 0; i < WIDTH; i++) {
            double beta = -3 + 6.0 * i / (WIDTH - 1);
            w[i] = alpha * (random.nextBoolean() ? 1 : -1);
            b[i] = -w[i] * beta;
        }
        return ShallowNetwork.of(w, b, new double[WIDTH], 0);
    }
}
